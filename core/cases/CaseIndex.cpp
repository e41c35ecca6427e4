#include "cases/CaseIndex.h"

#include "cases/DuplicateFinder.h"
#include "cases/TextFolding.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace vangnet {
namespace {

Status runWithDoc(Database &db, const QString &sql, qint64 doc)
{
    auto q = db.prepareCached(sql);
    if (!q)
        return q.error();
    q->bind(1, doc);
    return q->run();
}

} // namespace

Status CaseIndex::rebuild(Database &db, qint64 doc, const Case &c)
{
    for (const QString &sql :
        { QStringLiteral("DELETE FROM case_forms WHERE case_doc = ?"),
            QStringLiteral("DELETE FROM case_tasks WHERE case_doc = ?"),
            QStringLiteral("DELETE FROM case_names WHERE case_doc = ?"), QStringLiteral("DELETE FROM case_fts WHERE docid = ?") })
        if (auto st = runWithDoc(db, sql, doc); !st)
            return st;
    return build(db, doc, c);
}

Status CaseIndex::build(Database &db, qint64 doc, const Case &c)
{
    auto form = db.prepareCached(QStringLiteral("INSERT INTO case_forms(form, case_doc) VALUES (?, ?)"));
    if (!form)
        return form.error();
    for (const QString &f : c.exploitationForms) {
        form->reset();
        form->bind(1, f).bind(2, doc);
        if (auto st = form->run(); !st)
            return st;
    }

    auto task = db.prepareCached(
        QStringLiteral("INSERT INTO case_tasks(case_doc, position, kind, due, owner, done) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!task)
        return task.error();
    for (qsizetype i = 0; i < c.tasks.size(); ++i) {
        const CaseTask &t = c.tasks.at(i);
        task->reset();
        task->bind(1, doc).bind(2, qint64(i)).bind(3, t.kind).bind(4, t.due.isValid() ? QVariant(t.due) : QVariant());
        task->bind(5, t.owner).bind(6, t.done);
        if (auto st = task->run(); !st)
            return st;
    }

    auto name = db.prepareCached(QStringLiteral("INSERT INTO case_names(case_doc, kind, name_key) VALUES (?, ?, ?)"));
    if (!name)
        return name.error();
    for (const auto &[kind, key] : DuplicateFinder::nameKeys(c)) {
        name->reset();
        name->bind(1, doc).bind(2, kind).bind(3, key);
        if (auto st = name->run(); !st)
            return st;
    }

    QStringList words;
    words += TextFolding::tokens(c.number);
    words += TextFolding::tokens(c.givenName);
    words += TextFolding::tokens(c.familyName);
    for (const QString &alias : c.aliases)
        words += TextFolding::tokens(alias);
    auto notes = db.prepareCached(QStringLiteral("SELECT text FROM case_notes WHERE case_doc = ? ORDER BY id"));
    if (!notes)
        return notes.error();
    notes->bind(1, doc);
    for (;;) {
        auto row = notes->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        words += TextFolding::tokens(notes->text(0));
    }
    auto fts = db.prepareCached(QStringLiteral("INSERT INTO case_fts(docid, body) VALUES (?, ?)"));
    if (!fts)
        return fts.error();
    // Each word once: the search matches words (as prefixes), never phrases or counts, and a
    // single position per word keeps the index small and the doclists of common words short.
    words.removeDuplicates();
    fts->bind(1, doc).bind(2, words.join(QLatin1Char(' ')));
    return fts->run();
}

} // namespace vangnet
