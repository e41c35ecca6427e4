#pragma once

#include "shelters/ShelterFilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace vangnet {

// Type, region, minimum security level and free text above the shelter registry.
class ShelterFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShelterFilterBar)

public:
    explicit ShelterFilterBar(QWidget *parent = nullptr);

    ShelterFilter filter() const;
    // The regions offered (those of the registry); keeps the chosen one when it is still there.
    void setRegions(const QStringList &regions);
    void reset();
    void focusSearch();
    // Empties the search and sets every filter to "any", then emits filterChanged once.
    void clearFilters();
    // The filters (not the search text) that `filter` sets, in plain words: "type: Safe house".
    static QStringList describe(const ShelterFilter &filter);

Q_SIGNALS:
    void filterChanged(const ShelterFilter &filter);

private:
    void emitChanged();

    QComboBox *m_type;
    QComboBox *m_region;
    QComboBox *m_level;
    QLineEdit *m_text;
};

} // namespace vangnet
