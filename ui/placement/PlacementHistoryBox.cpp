#include "placement/PlacementHistoryBox.h"

#include "common/MessageBox.h"
#include "i18n/DateText.h"
#include "placement/PlacementRequestDialog.h"
#include "shelters/ShelterCodes.h"
#include "shelters/ShelterRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vangnet {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kStatusRole = Qt::UserRole + 2;

QString dateTimeText(const QDateTime &utc)
{
    return utc.isValid() ? DateText::dateTime(utc) : QString();
}

} // namespace

PlacementHistoryBox::PlacementHistoryBox(QWidget *parent)
    : QGroupBox(tr("Placements"), parent)
{
    setObjectName(QStringLiteral("historyBox"));
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("placementHistory"));
    m_history->setColumnCount(5);
    m_history->setHeaderLabels({ tr("Shelter"), tr("Status"), tr("Since"), tr("Held until"), tr("Reason") });
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_history->setMinimumHeight(m_history->fontMetrics().height() * 7);
    m_confirmButton = new QPushButton(tr("Take up held bed"), this);
    m_confirmButton->setObjectName(QStringLiteral("confirmPlacementButton"));
    m_endButton = new QPushButton(tr("End placement…"), this);
    m_endButton->setObjectName(QStringLiteral("endPlacementButton"));
    m_refuseButton = new QPushButton(tr("Refused by shelter…"), this);
    m_refuseButton->setObjectName(QStringLiteral("refusePlacementButton"));
    m_requestLetterButton = new QPushButton(tr("Placement request…"), this);
    m_requestLetterButton->setObjectName(QStringLiteral("placementRequestButton"));
    m_requestLetterButton->setToolTip(tr("A document for the shelter with what it needs for the selected placement, within "
                                         "the person's consent"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_requestLetterButton);
    buttons->addStretch(1);
    buttons->addWidget(m_refuseButton);
    buttons->addWidget(m_confirmButton);
    buttons->addWidget(m_endButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_history);
    layout->addLayout(buttons);

    connect(m_history, &QTreeWidget::itemSelectionChanged, this, &PlacementHistoryBox::updateButtons);
    connect(m_confirmButton, &QPushButton::clicked, this, &PlacementHistoryBox::askConfirm);
    connect(m_endButton, &QPushButton::clicked, this, &PlacementHistoryBox::askEnd);
    connect(m_refuseButton, &QPushButton::clicked, this, &PlacementHistoryBox::askRefuse);
    connect(m_requestLetterButton, &QPushButton::clicked, this, &PlacementHistoryBox::showRequestLetter);
    updateButtons();
}

void PlacementHistoryBox::showPlacements(Database *db, const QString &caseId, const QVector<Placement> &placements)
{
    const QString selected = selectedPlacementId();
    m_db = db;
    m_caseId = caseId;
    m_history->clear();
    for (const Placement &p : placements) {
        auto *top = new QTreeWidgetItem(m_history);
        top->setData(0, kIdRole, p.id);
        top->setData(0, kStatusRole, p.status);
        top->setText(0, shelterName(p.shelterId));
        top->setText(1, ShelterCodes::label(ShelterCodeKind::PlacementStatus, p.status));
        top->setText(2, dateTimeText(p.updatedAt));
        top->setText(3, p.status == QLatin1String("bed_held") ? dateTimeText(p.holdUntil) : QString());
        top->setText(4, p.reason);
        QFont f = m_history->font();
        f.setBold(!Placement::isFinal(p.status));
        top->setFont(0, f);
        top->setFont(1, f);
        for (const PlacementEvent &e : p.events) {
            auto *child = new QTreeWidgetItem(top);
            child->setText(1, ShelterCodes::label(ShelterCodeKind::PlacementStatus, e.status));
            child->setText(2, dateTimeText(e.at));
            child->setText(
                4, e.actor.isEmpty() ? e.reason : (e.reason.isEmpty() ? e.actor : tr("%1 (%2)").arg(e.reason, e.actor)));
            child->setFlags(Qt::ItemIsEnabled);
        }
        if (p.id == selected)
            m_history->setCurrentItem(top);
    }
    updateButtons();
}

QString PlacementHistoryBox::shelterName(const QString &shelterId)
{
    if (const auto it = m_names.constFind(shelterId); it != m_names.constEnd())
        return it.value();
    QString name = shelterId;
    if (m_db) {
        if (auto found = ShelterRepository(*m_db).find(shelterId))
            name = found->name;
    }
    m_names.insert(shelterId, name);
    return name;
}

QString PlacementHistoryBox::selectedPlacementId() const
{
    const QTreeWidgetItem *item = m_history->currentItem();
    if (!item || !item->isSelected())
        return {};
    if (item->parent())
        item = item->parent();
    return item->data(0, kIdRole).toString();
}

QString PlacementHistoryBox::selectedStatus() const
{
    const QTreeWidgetItem *item = m_history->currentItem();
    if (!item || !item->isSelected())
        return {};
    return (item->parent() ? item->parent() : item)->data(0, kStatusRole).toString();
}

void PlacementHistoryBox::updateButtons()
{
    const QString status = selectedStatus();
    m_endButton->setEnabled(!status.isEmpty() && !Placement::isFinal(status));
    m_requestLetterButton->setEnabled(!status.isEmpty());
    // Refusal answers a request, a wait list or a held bed; a placed person is ended instead.
    m_refuseButton->setEnabled(PlacementRepository::canTransition(status, QStringLiteral("refused")));
    m_confirmButton->setEnabled(status == QLatin1String("bed_held"));
    m_confirmButton->setVisible(status == QLatin1String("bed_held"));
}

void PlacementHistoryBox::askConfirm()
{
    const QString id = selectedPlacementId();
    if (!id.isEmpty()
        && MessageBox::question(this, tr("Take up held bed"),
               tr("The person moves into the held bed: mark the placement as placed?"), QMessageBox::Yes | QMessageBox::Cancel,
               QMessageBox::Cancel)
            == QMessageBox::Yes)
        Q_EMIT confirmRequested(id);
}

void PlacementHistoryBox::askEnd()
{
    const QString id = selectedPlacementId();
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("End placement"), tr("Why does the placement end? (required)"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        MessageBox::warning(this, tr("End placement"), tr("A placement ends only with a reason."));
        return;
    }
    Q_EMIT endRequested(id, reason);
}

void PlacementHistoryBox::askRefuse()
{
    const QString id = selectedPlacementId();
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Refused by shelter"), tr("Why did the shelter refuse? (required)"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        Q_EMIT refuseRequested(id, reason);
}

void PlacementHistoryBox::showRequestLetter()
{
    const QString id = selectedPlacementId();
    if (id.isEmpty() || !m_db)
        return;
    PlacementRequestDialog dialog(*m_db, m_caseId, id, this);
    dialog.exec();
}

} // namespace vangnet
