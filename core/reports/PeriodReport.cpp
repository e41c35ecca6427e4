#include "reports/PeriodReport.h"

#include "cases/CaseHistory.h"
#include "consent/ConsentPolicy.h"
#include "domain/Codes.h"
#include "domain/Phase.h"
#include "exchange/StatisticsExport.h"
#include "i18n/DateText.h"
#include "shelters/ShelterCodes.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <map>

namespace vangnet {
namespace {

const QString kUnknown = QStringLiteral("unknown");

// Timestamps are stored in UTC; a day runs from local midnight.
QString stamp(const QDate &day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

QDate localDay(const QString &utcStamp)
{
    return QDateTime::fromString(utcStamp, Qt::ISODateWithMs).toLocalTime().date();
}

// Runs `sql` with the period's bounds as parameters 1 and 2, handing every row to `each`.
template<typename Each> Status readRows(Database &db, const QString &sql, const QDate &from, const QDate &to, Each each)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    q->bind(1, stamp(from)).bind(2, stamp(to.addDays(1)));
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        each(q.value());
    }
}

QString monthKey(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

// One row per month of the period, oldest first.
PeriodTable perMonth(const QString &key, const QString &title, const QVector<QDate> &days, const QDate &from, const QDate &to)
{
    PeriodTable t;
    t.key = key;
    t.title = title;
    t.valueHeading = PeriodReport::tr("Month");
    std::map<QString, int> counts;
    for (const QDate &d : days)
        counts[monthKey(d)] += 1;
    const QLocale locale;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        t.rows.append({ monthKey(m), locale.toString(m, QStringLiteral("MMMM yyyy")), counts[monthKey(m)], false });
    t.total = int(days.size());
    return t;
}

// One row per code of the list (zero included), in the list's order.
template<typename Label>
PeriodTable perCode(const QString &key, const QString &title, const QString &valueHeading, const QStringList &codes,
    const QStringList &values, Label label)
{
    PeriodTable t;
    t.key = key;
    t.title = title;
    t.valueHeading = valueHeading;
    std::map<QString, int> counts;
    for (const QString &v : values)
        counts[v] += 1;
    for (const QString &code : codes)
        t.rows.append({ code, label(code), counts[code], false });
    t.total = int(values.size());
    return t;
}

} // namespace

Status PeriodReport::checkPeriod(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return Error(ErrorCode::InvalidInput, tr("The period needs a first and a last day."));
    if (from > to)
        return Error(ErrorCode::InvalidInput,
            tr("The period starts on %1, after its last day %2.").arg(DateText::date(from), DateText::date(to)));
    return {};
}

Result<PeriodFacts> PeriodReport::collect(Database &db, const QDate &from, const QDate &to)
{
    if (auto st = checkPeriod(from, to); !st)
        return st.error();
    PeriodFacts facts;
    if (auto st = readRows(db,
            QStringLiteral("SELECT created_at, region, data FROM cases WHERE created_at >= ? AND created_at < ?"), from, to,
            [&facts](Statement &q) {
                PeriodFacts::Signal s;
                s.day = localDay(q.text(0));
                s.region = q.text(1).trimmed();
                const QJsonObject c = QJsonDocument::fromJson(q.text(2).toUtf8()).object();
                for (const QJsonValue &f : c.value(QStringLiteral("exploitationForms")).toArray())
                    s.forms.append(f.toString());
                const QDate birth = QDate::fromString(c.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
                const QString band = c.value(QStringLiteral("ageBand")).toString();
                s.ageBand = birth.isValid() ? ConsentPolicy::ageBandOn(birth, s.day) : band.isEmpty() ? kUnknown : band;
                facts.signalList.append(s);
            });
        !st)
        return st.error();
    // The phase changes are in the case history (a new case records its first phase there too).
    if (auto st = readRows(db,
            QStringLiteral("SELECT at FROM case_history WHERE field = 'phase' AND new_json = '\"intake\"'"
                           " AND at >= ? AND at < ?"),
            from, to, [&facts](Statement &q) { facts.intakes.append(localDay(q.text(0))); });
        !st)
        return st.error();
    if (auto st = readRows(db,
            QStringLiteral("SELECT old_json FROM case_history WHERE field = 'phase' AND new_json = '\"closed\"'"
                           " AND at >= ? AND at < ?"),
            from, to,
            [&facts](Statement &q) {
                const QString phase = CaseHistory::decode(q.text(0), q.isNull(0)).toString();
                facts.closedFromPhase.append(phase.isEmpty() ? kUnknown : phase);
            });
        !st)
        return st.error();
    if (auto st = readRows(db,
            QStringLiteral("SELECT s.type FROM placement_events e JOIN placements p ON p.id = e.placement_id"
                           " JOIN shelters s ON s.id = p.shelter_id WHERE e.status = 'placed' AND e.at >= ? AND e.at < ?"),
            from, to, [&facts](Statement &q) { facts.placementShelterTypes.append(q.text(0)); });
        !st)
        return st.error();
    return facts;
}

PeriodReport PeriodReport::tabulate(const PeriodFacts &facts, const QDate &from, const QDate &to, int threshold)
{
    PeriodReport r;
    r.from = from;
    r.to = to;
    r.threshold = std::max(threshold, int(StatisticsExport::MinimumThreshold));
    r.generatedAt = QDateTime::currentDateTimeUtc();

    QVector<QDate> signalDays;
    QStringList forms;
    QStringList ageBands;
    QStringList regions;
    for (const PeriodFacts::Signal &s : facts.signalList) {
        signalDays.append(s.day);
        if (s.forms.isEmpty())
            forms.append(kUnknown);
        forms += s.forms;
        ageBands.append(s.ageBand.isEmpty() ? kUnknown : s.ageBand);
        regions.append(s.region.isEmpty() ? kUnknown : s.region);
    }
    r.tables.append(perMonth(QStringLiteral("signals"), tr("Signals per month"), signalDays, from, to));
    r.tables.append(perMonth(QStringLiteral("intakes"), tr("Intakes per month"), facts.intakes, from, to));

    r.tables.append(perCode(QStringLiteral("placements"), tr("Placements that began, by kind of shelter"), tr("Kind of shelter"),
        ShelterCodes::all(ShelterCodeKind::ShelterType), facts.placementShelterTypes,
        [](const QString &code) { return ShelterCodes::label(ShelterCodeKind::ShelterType, code); }));

    QStringList phases = Phase::order();
    phases.removeAll(QStringLiteral("closed"));
    phases.append(kUnknown);
    r.tables.append(perCode(QStringLiteral("outflow"), tr("Cases closed, by the phase they were closed in"), tr("Phase"), phases,
        facts.closedFromPhase,
        [](const QString &code) { return code == kUnknown ? tr("Unknown") : Codes::label(CodeKind::Phase, code); }));

    QStringList formCodes = Codes::all(CodeKind::ExploitationForm);
    if (!formCodes.contains(kUnknown))
        formCodes.append(kUnknown);
    PeriodTable formTable = perCode(QStringLiteral("exploitationForms"), tr("Forms of exploitation of the cases signalled"),
        tr("Form of exploitation"), formCodes, forms,
        [](const QString &code) { return Codes::label(CodeKind::ExploitationForm, code); });
    formTable.partition = false;
    formTable.total = int(facts.signalList.size());
    r.tables.append(formTable);

    QStringList bandCodes = Codes::all(CodeKind::AgeBand);
    if (!bandCodes.contains(kUnknown))
        bandCodes.append(kUnknown);
    r.tables.append(perCode(QStringLiteral("ageBands"), tr("Age of the cases signalled, on the day of the signal"), tr("Age"),
        bandCodes, ageBands, [](const QString &code) { return Codes::label(CodeKind::AgeBand, code); }));

    // Regions are free text: the values that occur, in alphabetical order, unknown last.
    QStringList regionValues = regions;
    regionValues.removeDuplicates();
    regionValues.removeAll(kUnknown);
    std::sort(regionValues.begin(), regionValues.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    regionValues.append(kUnknown);
    r.tables.append(perCode(QStringLiteral("regions"), tr("Regions of the cases signalled"), tr("Region"), regionValues, regions,
        [](const QString &value) { return value == kUnknown ? tr("Unknown") : value; }));

    for (PeriodTable &t : r.tables)
        t.suppress(r.threshold);
    return r;
}

Result<PeriodReport> PeriodReport::compute(Database &db, const QDate &from, const QDate &to)
{
    auto limit = StatisticsExport(db).threshold();
    if (!limit)
        return limit.error();
    auto facts = collect(db, from, to);
    if (!facts)
        return facts.error();
    return tabulate(facts.value(), from, to, limit.value());
}

QString PeriodReport::displayCount(const PeriodRow &row) const
{
    return row.suppressed ? QStringLiteral("<%1").arg(threshold) : QString::number(row.count);
}

QString PeriodReport::displayTotal(const PeriodTable &table) const
{
    return table.totalSuppressed ? QStringLiteral("<%1").arg(threshold) : QString::number(table.total);
}

QString PeriodReport::periodText() const
{
    return tr("%1 to %2").arg(DateText::date(from), DateText::date(to));
}

QJsonObject PeriodReport::toJson() const
{
    const auto count
        = [this](bool hidden, int n) { return hidden ? QJsonValue(QStringLiteral("<%1").arg(threshold)) : QJsonValue(n); };
    QJsonArray tablesJson;
    for (const PeriodTable &t : tables) {
        QJsonArray rows;
        for (const PeriodRow &row : t.rows)
            rows.append(QJsonObject { { QStringLiteral("value"), row.value }, { QStringLiteral("label"), row.label },
                { QStringLiteral("count"), count(row.suppressed, row.count) } });
        tablesJson.append(QJsonObject { { QStringLiteral("table"), t.key }, { QStringLiteral("title"), t.title },
            { QStringLiteral("total"), count(t.totalSuppressed, t.total) }, { QStringLiteral("rows"), rows } });
    }
    return QJsonObject { { QStringLiteral("from"), from.toString(Qt::ISODate) },
        { QStringLiteral("to"), to.toString(Qt::ISODate) }, { QStringLiteral("threshold"), threshold },
        { QStringLiteral("generatedAt"), generatedAt.toString(Qt::ISODate) }, { QStringLiteral("tables"), tablesJson } };
}

namespace {

// RFC 4180 quoting; a value a spreadsheet would run as a formula (free-text regions) gets a quote.
QString csvField(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

} // namespace

QByteArray PeriodReport::toCsv() const
{
    QString out = csvField(tr("Table")) + QLatin1Char(',') + csvField(tr("Value")) + QLatin1Char(',') + csvField(tr("Count"))
        + QStringLiteral("\r\n");
    const auto line = [&out](const QString &a, const QString &b, const QString &c) {
        out += csvField(a) + QLatin1Char(',') + csvField(b) + QLatin1Char(',') + csvField(c) + QStringLiteral("\r\n");
    };
    for (const PeriodTable &t : tables) {
        for (const PeriodRow &row : t.rows)
            line(t.title, row.label, displayCount(row));
        line(t.title, t.partition ? tr("Total") : tr("Cases signalled"), displayTotal(t));
    }
    return out.toUtf8();
}

} // namespace vangnet
