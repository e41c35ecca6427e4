#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace vangnet {

// Stands in for a list that a search or filters left empty: says what found nothing ("No cases found
// for ‘Özlem’"), names the active filters in plain words and clears them with one click, so a
// forgotten filter is never mistaken for a missing record. Each filterable list words its own
// headline and filters; this widget shows them the same way everywhere.
class EmptyResultsNotice final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyResultsNotice)

public:
    explicit EmptyResultsNotice(QWidget *parent = nullptr);

    // `filters`: one phrase per active filter ("phase: Reflection"); empty when only a search is active.
    void setResult(const QString &headline, const QStringList &filters);
    QString headline() const;
    QString filtersText() const;

Q_SIGNALS:
    void clearRequested();

private:
    QLabel *m_headline;
    QLabel *m_filters;
    QPushButton *m_clear;
};

} // namespace vangnet
