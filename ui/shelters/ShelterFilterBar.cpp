#include "shelters/ShelterFilterBar.h"

#include "shelters/ShelterCodes.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace vangnet {

ShelterFilterBar::ShelterFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_text(new QLineEdit(this))
{
    m_type->setObjectName(QStringLiteral("shelterTypeFilter"));
    m_type->addItem(tr("All types"), QString());
    for (const QString &code : ShelterCodes::all(ShelterCodeKind::ShelterType))
        m_type->addItem(ShelterCodes::label(ShelterCodeKind::ShelterType, code), code);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_region->setObjectName(QStringLiteral("shelterRegionFilter"));
    m_region->addItem(tr("All regions"), QString());
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_level->setObjectName(QStringLiteral("shelterLevelFilter"));
    m_level->addItem(tr("Any level"), -1);
    for (int level = ShelterCodes::kLowestLevel + 1; level <= ShelterCodes::kHighestLevel; ++level) {
        m_level->addItem(tr("%1 or higher").arg(ShelterCodes::levelCode(level)), level);
        m_level->setItemData(m_level->count() - 1, ShelterCodes::levelLabel(level), Qt::ToolTipRole);
    }
    m_level->setToolTip(tr("Minimum security level"));

    m_text->setObjectName(QStringLiteral("shelterSearch"));
    m_text->setPlaceholderText(tr("Search name, region, notes…"));
    m_text->setClearButtonEnabled(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_type);
    layout->addWidget(m_region);
    layout->addWidget(m_level);
    layout->addWidget(m_text, 1);

    const auto changed = [this] { emitChanged(); };
    connect(m_type, &QComboBox::currentIndexChanged, this, changed);
    connect(m_region, &QComboBox::currentIndexChanged, this, changed);
    connect(m_level, &QComboBox::currentIndexChanged, this, changed);
    connect(m_text, &QLineEdit::textChanged, this, changed);
}

ShelterFilter ShelterFilterBar::filter() const
{
    ShelterFilter f;
    f.type = m_type->currentData().toString();
    f.region = m_region->currentData().toString();
    f.minimumLevel = m_level->currentData().toInt();
    f.text = m_text->text();
    return f;
}

void ShelterFilterBar::setRegions(const QStringList &regions)
{
    const QString current = m_region->currentData().toString();
    {
        const QSignalBlocker blocker(m_region);
        while (m_region->count() > 1)
            m_region->removeItem(1);
        for (const QString &region : regions)
            m_region->addItem(region, region);
        const int index = current.isEmpty() ? 0 : m_region->findData(current);
        m_region->setCurrentIndex(index < 0 ? 0 : index);
    }
    if (m_region->currentData().toString() != current)
        emitChanged();
}

void ShelterFilterBar::reset()
{
    const QSignalBlocker b1(m_type);
    const QSignalBlocker b2(m_region);
    const QSignalBlocker b3(m_level);
    const QSignalBlocker b4(m_text);
    m_type->setCurrentIndex(0);
    while (m_region->count() > 1)
        m_region->removeItem(1);
    m_region->setCurrentIndex(0);
    m_level->setCurrentIndex(0);
    m_text->clear();
}

void ShelterFilterBar::clearFilters()
{
    {
        const QSignalBlocker b1(m_type);
        const QSignalBlocker b2(m_region);
        const QSignalBlocker b3(m_level);
        const QSignalBlocker b4(m_text);
        m_type->setCurrentIndex(0);
        m_region->setCurrentIndex(0);
        m_level->setCurrentIndex(0);
        m_text->clear();
    }
    emitChanged();
}

QStringList ShelterFilterBar::describe(const ShelterFilter &filter)
{
    QStringList out;
    if (!filter.type.isEmpty())
        out.append(tr("type: %1").arg(ShelterCodes::label(ShelterCodeKind::ShelterType, filter.type)));
    if (!filter.region.isEmpty())
        out.append(tr("region: %1").arg(filter.region));
    if (filter.minimumLevel >= 0)
        out.append(tr("security level %1 or higher").arg(ShelterCodes::levelCode(filter.minimumLevel)));
    return out;
}

void ShelterFilterBar::focusSearch()
{
    m_text->setFocus();
    m_text->selectAll();
}

void ShelterFilterBar::emitChanged()
{
    Q_EMIT filterChanged(filter());
}

} // namespace vangnet
