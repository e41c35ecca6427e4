#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace vangnet {

class Database;

// Filters of the case list; empty members do not filter. All given filters must hold.
struct CaseFilter
{
    QString text; // full text over names, aliases, case number and notes; folded, prefix per word
    QString phase; // CodeKind::Phase
    QString exploitationForm; // CodeKind::ExploitationForm
    QString coordinator; // exact
    QString region; // exact (the case's region, not the exploitation region)
    std::optional<int> reflectionEndingWithinDays; // reflection end from today up to today + N
    bool overdueTasks = false; // at least one open task due before today
};

enum class CaseSort {
    NumberDesc, // default: newest case number first
    NumberAsc,
    UpdatedDesc,
    FamilyNameAsc,
    ReflectionEndAsc, // cases without an end date last
};

// One row of the case list: enough for a list view, without loading the case.
struct CaseSummary
{
    QString id;
    QString number;
    QString givenName;
    QString familyName;
    QString phase;
    QString region;
    QString coordinator;
    QDate birthDate;
    QDate reflectionEnd;
    QString threatCode;
    QStringList exploitationForms;
    QDateTime updatedAt;
};

// Search and paging for the case list: one FTS4 MATCH (when there is text) plus indexed filters,
// sorted, with LIMIT/OFFSET so a lazy model fetches page by page; count() for the model's size.
class CaseSearch
{
    Q_DECLARE_TR_FUNCTIONS(CaseSearch)

public:
    explicit CaseSearch(Database &db, const QDate &today = QDate::currentDate())
        : m_db(db)
        , m_today(today)
    { }

    // InvalidInput for an unknown phase or exploitation form, a negative number of days or paging.
    Result<QVector<CaseSummary>> find(
        const CaseFilter &filter, CaseSort sort = CaseSort::NumberDesc, int offset = 0, int limit = 50) const;
    Result<int> count(const CaseFilter &filter) const;

    // The FTS4 MATCH expression for typed text: folded words, each as a prefix ("ozl" → ozl*).
    // Empty when the text holds no word.
    static QString matchExpression(const QString &text);

private:
    Status check(const CaseFilter &filter) const;
    QString whereClause(const CaseFilter &filter, QVariantList &params) const;

    Database &m_db;
    QDate m_today;
};

} // namespace vangnet
