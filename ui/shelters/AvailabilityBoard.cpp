#include "shelters/AvailabilityBoard.h"

#include "common/MessageBox.h"
#include "shelters/AvailabilityFreshness.h"
#include "shelters/ShelterCodes.h"
#include "shelters/ShelterRepository.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vangnet {
namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

AvailabilityBoard::AvailabilityBoard(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_onlyFree(new QCheckBox(tr("Only shelters with a free bed"), this))
    , m_update(new QPushButton(tr("Update free beds…"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("availabilityBoard"));
    m_tree->setObjectName(QStringLiteral("availabilityTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({ tr("Shelter"), tr("Region"), tr("Free beds"), tr("Confirmed on") });
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(RegionColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(BedsColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(AsOfColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_onlyFree->setObjectName(QStringLiteral("onlyFreeBeds"));
    m_update->setObjectName(QStringLiteral("updateFreeBedsButton"));
    m_update->setToolTip(tr("Record the number of free beds the shelter confirmed today"));
    m_summary->setObjectName(QStringLiteral("availabilitySummary"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_onlyFree);
    bar->addStretch(1);
    bar->addWidget(m_update);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);

    connect(m_onlyFree, &QCheckBox::toggled, this, [this] { rebuild(); });
    connect(m_update, &QPushButton::clicked, this, &AvailabilityBoard::updateSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &AvailabilityBoard::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, kIdRole).toString().isEmpty())
            updateSelected();
    });
    updateButtons();
}

void AvailabilityBoard::setShelters(const QVector<Shelter> &shelters)
{
    m_shelters = shelters;
    rebuild();
}

void AvailabilityBoard::clear()
{
    m_shelters.clear();
    m_shelters.squeeze();
    m_tree->clear();
    m_summary->clear();
    updateButtons();
}

void AvailabilityBoard::rebuild()
{
    const QString selected = selectedShelterId();
    m_tree->clear();
    // Types in the code list's order: the same order everywhere.
    QMap<int, QVector<const Shelter *>> byType;
    const QStringList &types = ShelterCodes::all(ShelterCodeKind::ShelterType);
    for (const Shelter &s : std::as_const(m_shelters)) {
        if (m_onlyFree->isChecked() && s.freeBeds <= 0)
            continue;
        byType[int(types.indexOf(s.type))].append(&s);
    }
    int totalFree = 0;
    int stale = 0;
    QFont groupFont = m_tree->font();
    groupFont.setBold(true);
    for (auto it = byType.begin(); it != byType.end(); ++it) {
        QVector<const Shelter *> &list = it.value();
        std::sort(list.begin(), list.end(), [](const Shelter *a, const Shelter *b) {
            if (a->region.compare(b->region, Qt::CaseInsensitive) != 0)
                return a->region.compare(b->region, Qt::CaseInsensitive) < 0;
            return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
        });
        int free = 0;
        int capacity = 0;
        auto *group = new QTreeWidgetItem(m_tree);
        for (const Shelter *s : list) {
            free += s->freeBeds;
            capacity += s->capacity;
            auto *row = new QTreeWidgetItem(group);
            row->setData(0, kIdRole, s->id);
            row->setText(NameColumn, s->name);
            row->setToolTip(NameColumn, ShelterCodes::levelLabel(s->securityLevel));
            row->setText(RegionColumn, s->region);
            row->setText(BedsColumn, tr("%1 of %2").arg(s->freeBeds).arg(s->capacity));
            row->setTextAlignment(BedsColumn, Qt::AlignRight | Qt::AlignVCenter);
            const auto fresh = AvailabilityFreshness::level(s->availabilityAsOf, today());
            row->setText(AsOfColumn, AvailabilityFreshness::text(s->availabilityAsOf, today()));
            row->setToolTip(AsOfColumn, AvailabilityFreshness::explanation(s->availabilityAsOf, today()));
            if (const QColor c = AvailabilityFreshness::color(fresh); c.isValid())
                row->setForeground(AsOfColumn, c);
            if (fresh == AvailabilityFreshness::VeryStale || fresh == AvailabilityFreshness::Unknown) {
                QFont f = m_tree->font();
                f.setBold(true);
                row->setFont(AsOfColumn, f);
            }
            if (fresh != AvailabilityFreshness::Fresh)
                ++stale;
            if (s->freeBeds <= 0) {
                QFont f = m_tree->font();
                f.setItalic(true);
                row->setFont(BedsColumn, f);
            }
        }
        const QString type = it.key() >= 0 ? types.at(it.key()) : QString();
        group->setText(NameColumn, ShelterCodes::label(ShelterCodeKind::ShelterType, type));
        group->setText(BedsColumn, tr("%1 of %2").arg(free).arg(capacity));
        group->setTextAlignment(BedsColumn, Qt::AlignRight | Qt::AlignVCenter);
        group->setText(RegionColumn, tr("%n shelter(s)", nullptr, int(list.size())));
        for (int c = 0; c < ColumnCount; ++c)
            group->setFont(c, groupFont);
        group->setFlags(Qt::ItemIsEnabled);
        group->setExpanded(true);
        totalFree += free;
    }
    m_summary->setText(tr("%n free bed(s) in total.", nullptr, totalFree) + QLatin1Char(' ')
        + tr("%n shelter(s) with availability older than 7 days.", nullptr, stale));
    if (!selected.isEmpty())
        selectShelter(selected);
    updateButtons();
}

QString AvailabilityBoard::selectedShelterId() const
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, kIdRole).toString();
}

bool AvailabilityBoard::selectShelter(const QString &id)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r) {
            if (group->child(r)->data(0, kIdRole).toString() == id) {
                m_tree->setCurrentItem(group->child(r));
                return true;
            }
        }
    }
    return false;
}

void AvailabilityBoard::updateSelected()
{
    const QString id = selectedShelterId();
    const auto it = std::find_if(m_shelters.cbegin(), m_shelters.cend(), [&id](const Shelter &s) { return s.id == id; });
    if (id.isEmpty() || it == m_shelters.cend())
        return;
    bool ok = false;
    const int freeBeds = QInputDialog::getInt(this, tr("Update free beds"),
        tr("Free beds at %1 today (capacity %2):").arg(it->name).arg(it->capacity), it->freeBeds, 0, it->capacity, 1, &ok);
    if (ok)
        updateFreeBeds(id, freeBeds);
}

bool AvailabilityBoard::updateFreeBeds(const QString &shelterId, int freeBeds)
{
    if (!m_db)
        return false;
    const Status status = ShelterRepository(*m_db).setAvailability(shelterId, freeBeds, today());
    if (!status) {
        MessageBox::warning(this, tr("Update free beds"), status.error().message());
        return false;
    }
    for (Shelter &s : m_shelters) {
        if (s.id == shelterId) {
            s.freeBeds = freeBeds;
            s.availabilityAsOf = today();
        }
    }
    rebuild();
    Q_EMIT availabilityChanged(shelterId);
    return true;
}

void AvailabilityBoard::updateButtons()
{
    m_update->setEnabled(m_db && !selectedShelterId().isEmpty());
}

} // namespace vangnet
