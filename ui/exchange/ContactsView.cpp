#include "exchange/ContactsView.h"

#include "common/MessageBox.h"
#include "common/RefreshWhenShown.h"
#include "exchange/AddContactDialog.h"
#include "exchange/ContactRepository.h"
#include "exchange/ContactVerification.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <optional>

namespace vangnet {

namespace {
constexpr int ContactIdRole = Qt::UserRole + 1;

// The first local file among the dragged URLs.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            return url.toLocalFile();
    return {};
}
} // namespace

ContactsView::ContactsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("contactsView"));
    setAcceptDrops(true);
    m_list = new RefreshWhenShown(this, [this] { fillList(); });
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("contacts"));
    m_tree->setHeaderLabels({ tr("Name"), tr("Organisation"), tr("Fingerprint"), tr("Verified") });
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    // The empty state: what to do first, and the button that does it.
    auto *emptyPage = new QWidget(this);
    m_empty = new QLabel(tr("No contacts yet. To send a bundle, you need the recipient's contact card: ask CoMensha, the "
                            "shelter or your colleague for their card file (.vncard), then add it here or drop it on this "
                            "page. Send them your own card (tab \"My card\") so that they can add you."),
        emptyPage);
    m_empty->setObjectName(QStringLiteral("contactsEmpty"));
    m_empty->setWordWrap(true);
    auto *emptyAdd = new QPushButton(tr("Add a contact from a card…"), emptyPage);
    emptyAdd->setObjectName(QStringLiteral("addFirstContact"));
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(emptyAdd, 0, Qt::AlignLeft);
    emptyLayout->addStretch();
    connect(emptyAdd, &QPushButton::clicked, this, &ContactsView::addContact);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(emptyPage);
    m_pages->addWidget(m_tree);

    m_add = new QPushButton(tr("&Add from card…"), this);
    m_add->setObjectName(QStringLiteral("addContact"));
    m_verify = new QPushButton(tr("&Verify…"), this);
    m_verify->setObjectName(QStringLiteral("verifyContact"));
    m_kind = new QPushButton(tr("Move to &team"), this);
    m_kind->setObjectName(QStringLiteral("contactKind"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeContact"));
    connect(m_add, &QPushButton::clicked, this, &ContactsView::addContact);
    connect(m_verify, &QPushButton::clicked, this, &ContactsView::verifySelected);
    connect(m_kind, &QPushButton::clicked, this, &ContactsView::toggleKindOfSelected);
    connect(m_remove, &QPushButton::clicked, this, &ContactsView::removeSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ContactsView::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_kind);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
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
    if (m_addDialog)
        m_addDialog->close();
    m_db = nullptr;
    m_list->drop();
    m_tree->clear();
    updateButtons();
}

void ContactsView::reload()
{
    m_list->request();
}

void ContactsView::fillList()
{
    const QString keep = selectedContactId();
    m_tree->clear();
    if (!m_db) {
        updateButtons();
        return;
    }
    auto contacts = ContactRepository(*m_db).list();
    if (!contacts) {
        m_empty->setText(contacts.error().message());
        m_pages->setCurrentIndex(0);
        updateButtons();
        return;
    }
    m_pages->setCurrentIndex(contacts->isEmpty() ? 0 : 1);
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

bool ContactsView::selectContact(const QString &contactId)
{
    m_list->flush();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(0, ContactIdRole).toString() == contactId) {
                m_tree->setCurrentItem(group->child(i));
                return true;
            }
    }
    return false;
}

void ContactsView::updateButtons()
{
    std::optional<Contact> selected;
    const QString id = selectedContactId();
    if (m_db && !id.isEmpty())
        if (auto c = ContactRepository(*m_db).find(id))
            selected = c.value();
    m_add->setEnabled(m_db != nullptr);
    m_verify->setEnabled(selected && !selected->verified);
    m_kind->setEnabled(selected.has_value());
    m_kind->setText(selected && selected->kind == QLatin1String("team") ? tr("Move to e&xternal") : tr("Move to &team"));
    m_remove->setEnabled(selected.has_value());
}

void ContactsView::addContact()
{
    if (!m_db || m_addDialog)
        return;
    watch(AddContactDialog::chooseCard(*m_db, this));
}

void ContactsView::openCard(const QString &path)
{
    if (!m_db || m_addDialog)
        return;
    watch(AddContactDialog::openCard(*m_db, path, this));
}

void ContactsView::watch(AddContactDialog *dialog)
{
    m_addDialog = dialog;
    if (!dialog)
        return;
    connect(dialog, &AddContactDialog::contactAdded, this, [this](const QString &id) {
        reload();
        selectContact(id);
        emit contactsChanged();
    });
}

void ContactsView::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_db && !droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ContactsView::dropEvent(QDropEvent *event)
{
    const QString file = droppedFile(event->mimeData());
    if (file.isEmpty())
        return;
    event->acceptProposedAction();
    openCard(file);
}

void ContactsView::verifySelected()
{
    const QString id = selectedContactId();
    if (!m_db || id.isEmpty())
        return;
    if (!ContactVerification::ask(this, *m_db, id))
        return;
    reload();
    emit contactVerified(id);
    emit contactsChanged();
}

void ContactsView::toggleKindOfSelected()
{
    const QString id = selectedContactId();
    if (!m_db || id.isEmpty())
        return;
    auto contact = ContactRepository(*m_db).find(id);
    if (!contact)
        return;
    const QString kind = contact->kind == QLatin1String("team") ? QStringLiteral("external") : QStringLiteral("team");
    if (auto st = ContactRepository(*m_db).setKind(id, kind); !st) {
        MessageBox::warning(this, tr("Contacts"), st.error().message());
        return;
    }
    reload();
    selectContact(id);
    emit contactsChanged();
}

void ContactsView::removeSelected()
{
    const QString id = selectedContactId();
    if (!m_db || id.isEmpty())
        return;
    auto contact = ContactRepository(*m_db).find(id);
    if (!contact)
        return;
    const auto answer = MessageBox::question(this, tr("Remove %1").arg(contact->name),
        tr("Remove %1 from the contacts? Nothing can be sent to them or imported from them until their card is added "
           "again.")
            .arg(contact->name));
    if (answer != QMessageBox::Yes)
        return;
    if (auto st = ContactRepository(*m_db).remove(id); !st) {
        MessageBox::warning(this, tr("Remove %1").arg(contact->name), st.error().message());
        return;
    }
    reload();
    emit contactsChanged();
}

AddContactDialog *ContactsView::addDialog() const
{
    return m_addDialog;
}

} // namespace vangnet
