#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
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
    QString threatCode; // CodeKind::ThreatCode: cases with this threat assessment
    std::optional<int> reflectionEndingWithinDays; // reflection end from today up to today + N
    bool overdueTasks = false; // open cases with at least one open task due before today
    // Open cases that need at least this security level (0..4; a manual override counts).
    std::optional<int> minRequiredLevel;
    // Open cases waiting for a bed: no placement that takes one, and the latest placement is
    // requested, on a wait list or refused.
    bool waitingForBed = false;
    // Open cases without a consent for a placement request (purpose "placement", any recipient)
    // that holds today: not withdrawn, started, not expired. With waitingForBed: the cases whose
    // placement request is due but may not leave (the overview's tile).
    bool withoutPlacementConsent = false;
};

enum class CaseSort {
    NumberDesc, // default: newest case number first
    NumberAsc,
    UpdatedDesc,
    FamilyNameAsc,
    ReflectionEndAsc, // cases without an end date last
    ThreatDesc, // red, orange, green, then not assessed; newest case first within each
    RequiredLevelDesc, // highest required security level first (a level set by hand counts); newest first within
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
    int requiredLevel = 1; // the required security level in force, 0..4
    QStringList exploitationForms;
    QDateTime updatedAt;
};

// How many cases a filter matches, counted up to a cap (CaseSearch::count(filter, cap)).
struct CaseCount
{
    int count = 0; // exact unless capped
    bool capped = false; // more than `count` cases match (count == cap); they were not all counted
};

// Search and paging for the case list: one FTS4 MATCH (when there is text) plus indexed filters,
// sorted, with LIMIT/OFFSET so a lazy model fetches page by page; count() for the model's size.
//
// Every order is backed by an index, so a page of the whole list reads only its own rows. Without
// statistics SQLite cannot tell a filter that keeps 100 cases from one that keeps 20,000, so the
// search counts first (capped, from indexes only) and chooses: few matches are looked up and sorted;
// many are found by walking the order's index and testing each case, which stops as soon as the page
// is full. Text matching most cases is then tested against the case's indexed words directly, without
// first collecting every match.
//
// A CaseSearch remembers how many cases a text matched when it counted them, to choose how find()
// runs without asking the full-text index again: use one for a count and the pages that follow it.
// A figure gone stale (cases written since) can only make a page slower, never its rows different.
// That memory makes even a const CaseSearch unfit for use by two threads at once.
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
    // The exact number of matching cases. Its cost grows with that number: a word found in most
    // cases of a 100,000-case vault visits them all. A list that only needs to say "more than
    // 1,000" should use the capped form below.
    Result<int> count(const CaseFilter &filter) const;
    // Counts at most `cap` matching cases (cap >= 0): {n, false} when n <= cap, {cap, true} when more
    // match (so cap 0 asks whether any case matches). Its cost is bounded by the cap, not by the
    // number of matches. InvalidInput for a negative cap.
    Result<CaseCount> count(const CaseFilter &filter, int cap) const;
    // The cap the case list uses ("more than 1,000 cases").
    static constexpr int ListCountCap = 1000;

    // The FTS4 MATCH expression for typed text: folded words, each as a prefix ("ozl" → ozl*).
    // Empty when the text holds no word.
    static QString matchExpression(const QString &text);
    // The ORDER BY terms of a sort (over `cases c`); each is the key of an index.
    static QString orderClause(CaseSort sort);

    // Below this many full-text matches, the matches are looked up one by one and sorted.
    static constexpr int DriveLimit = 300;
    // From this many cases passing the other filters, a page walks the order's index.
    static constexpr int FilterWalkLimit = 3000;
    // For tests, which check that every plan gives the same rows: the limits above, and whether a
    // text with at least DriveLimit matches is always tested word by word per case (normally only
    // when it matches a large share of the vault).
    void setDriveLimit(int matches) { m_driveLimit = matches; }
    void setFilterWalkLimit(int cases) { m_filterWalkLimit = cases; }
    void setScanText(bool always) { m_alwaysScanText = always; }

private:
    // How the text joins the cases: its matches drive (each looked up), are probed (collected once,
    // then tested per case), or the case's indexed words are scanned per case.
    enum class TextUse { Drive, Probe, Scan };
    struct Plan
    {
        TextUse text = TextUse::Drive;
        bool walkOrder = false; // keep the filters off their indexes, so the order's index is walked
    };

    Status check(const CaseFilter &filter) const;
    QString whereClause(const CaseFilter &filter, const Plan &plan, QVariantList &params) const;
    // Matches of the expression, counted up to limit (-1: all), from the full-text index alone.
    // forPlan: a figure remembered from an earlier count will do.
    Result<int> matchCount(const QString &match, qint64 limit, bool forPlan = false) const;
    // The match count find() needs to choose its plan for pages up to `rows`.
    qint64 scanFrom(qint64 cases, int rows) const;
    // Cases passing the filters other than text, counted up to limit.
    Result<int> filterCount(const CaseFilter &filter, qint64 limit) const;
    // About how many cases the vault holds (cases are never deleted): one index lookup.
    Result<qint64> caseCountEstimate() const;
    Result<Plan> planFind(const CaseFilter &filter, int rows) const;
    Result<CaseCount> countUpTo(const CaseFilter &filter, int cap) const;

    Database &m_db;
    QDate m_today;
    struct Counted
    {
        int matches; // counted up to limit: exact when below it
        qint64 limit; // -1: no limit
    };
    mutable QHash<QString, Counted> m_counted; // by match expression
    int m_driveLimit = DriveLimit;
    int m_filterWalkLimit = FilterWalkLimit;
    bool m_alwaysScanText = false;
};

} // namespace vangnet
