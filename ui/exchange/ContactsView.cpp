#include "exchange/ContactsView.h"

#include "common/MessageBox.h"
#include "exchange/ContactRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vangnet {

namespace {
constexpr int ContactIdRole = Qt::UserRole + 1;
}

ContactsView::ContactsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("contactsView"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("contacts"));
    m_tree->setHeaderLabels({ tr("Name"), tr("Organisation"), tr("Fingerprint"), tr("Verified") });
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_verify = new QPushButton(tr("&Verify…"), this);
    m_verify->setObjectName(QStringLiteral("verifyContact"));
    connect(m_verify, &QPushButton::clicked, this, &ContactsView::verifySelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ContactsView::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    updateButtons();
}

void ContactsView::setDatabase(Database &db)
{
    m_db = &db;
    reload();
}

void ContactsView::clear()
{
    m_db = nullptr;
    m_tree->clear();
    updateButtons();
}

void ContactsView::reload()
{
    const QString keep = selectedContactId();
    m_tree->clear();
    if (!m_db) {
        updateButtons();
        return;
    }
    auto contacts = ContactRepository(*m_db).list();
    if (!contacts) {
        updateButtons();
        return;
    }
    auto *team = new QTreeWidgetItem(m_tree, QStringList { tr("Team") });
    auto *external = new QTreeWidgetItem(m_tree, QStringList { tr("External") });
    for (QTreeWidgetItem *group : { team, external }) {
        QFont f = group->font(0);
        f.setBold(true);
        group->setFont(0, f);
        group->setFlags(Qt::ItemIsEnabled);
    }
    for (const Contact &c : contacts.value()) {
        auto *item = new QTreeWidgetItem(c.kind == QLatin1String("team") ? team : external,
            QStringList { c.name, c.organisation, c.fingerprint, c.verified ? tr("Yes") : tr("No – compare by phone") });
        item->setData(0, ContactIdRole, c.id);
        if (c.id == keep)
            item->setSelected(true);
    }
    m_tree->expandAll();
    updateButtons();
}

QString ContactsView::selectedContactId() const
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, ContactIdRole).toString();
}

void ContactsView::updateButtons()
{
    bool canVerify = false;
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    if (m_db && !items.isEmpty() && !items.first()->data(0, ContactIdRole).toString().isEmpty()) {
        auto c = ContactRepository(*m_db).find(items.first()->data(0, ContactIdRole).toString());
        canVerify = c && !c->verified;
    }
    m_verify->setEnabled(canVerify);
}

void ContactsView::verifySelected()
{
    const QString id = selectedContactId();
    if (!m_db || id.isEmpty())
        return;
    auto contact = ContactRepository(*m_db).find(id);
    if (!contact)
        return;
    const auto answer = MessageBox::question(this, tr("Verify %1").arg(contact->name),
        tr("Call %1 on a phone number you already know (not one from the contact card) and ask them to read out their "
           "fingerprint. It must match exactly:\n\n%2\n\nDo the fingerprints match?")
            .arg(contact->name, contact->fingerprint));
    if (answer != QMessageBox::Yes)
        return;
    if (auto st = ContactRepository(*m_db).verify(id); !st) {
        MessageBox::warning(this, tr("Verify %1").arg(contact->name), st.error().message());
        return;
    }
    reload();
    emit contactVerified(id);
}

} // namespace vangnet
