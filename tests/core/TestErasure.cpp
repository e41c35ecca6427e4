#include "ConsentFixtures.h"
#include "DecryptedPages.h"
#include "FakeClock.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "cases/Attachments.h"
#include "cases/CaseRepository.h"
#include "cases/CaseSearch.h"
#include "cases/SavedFilters.h"
#include "consent/ConsentRegister.h"
#include "consent/DisclosureRegister.h"
#include "privacy/CaseEraser.h"
#include "privacy/LegalHolds.h"
#include "safety/DraftStore.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace vangnet;

namespace {

// Words found nowhere else in a vault: a fragment of any of them after erasure is a leak.
const QString GivenName = QStringLiteral("Qorvintha");
const QString FamilyName = QStringLiteral("Xelbrandtova");
const QString FormerFamilyName = QStringLiteral("Wumpelstaad"); // only in the field history
const QString Alias = QStringLiteral("Zirkonella");
const QString NoteWords = QStringLiteral("Pelgrimshoeve zqxnotemarker");
const QString AttachmentMarker = QStringLiteral("ATTACHMARKERQZ");
const QString OtherName = QStringLiteral("Bystandera");

QByteArray pdfWithMarker()
{
    // Larger than a page, so the attachment lives in overflow pages.
    QByteArray pdf("%PDF-1.7\n");
    for (int i = 0; i < 400; ++i)
        pdf += AttachmentMarker.toLatin1() + QByteArray::number(i) + '\n';
    return pdf;
}

int rows(Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    return v ? v->toInt() : -1;
}

} // namespace

// Erasure (issue 16): the case is gone from every page of the decrypted database file and its WAL,
// from the full-text index and the attachment store; the tombstone and the audit entry remain;
// a legal hold refuses it.
class TestErasure final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewCountsWhatGoes();
    void erasureLeavesNoFragment();
    void erasureKeepsTombstoneAuditAndDisclosures();
    void otherCasesStay();
    void legalHoldRefuses();
    void reasonIsRequired_data();
    void reasonIsRequired();
    void unknownCaseIsNotFound();

private:
    Database &db() { return m_vault->vault().database(); }
    std::unique_ptr<test::TestVault> m_vault;
    test::FakeClock m_clock { QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC) };
    QString m_case;
    QString m_number;
    QString m_other;
    QString m_attachment;
};

void TestErasure::init()
{
    m_vault = std::make_unique<test::TestVault>();
    CaseRepository repo(db());
    Case c;
    c.givenName = GivenName;
    c.familyName = FormerFamilyName;
    c.aliases = { Alias };
    c.region = QStringLiteral("Utrecht");
    auto created = repo.create(c);
    QVERIFY(created);
    m_case = created->id;
    m_number = created->number;
    auto loaded = repo.load(m_case);
    QVERIFY(loaded);
    Case changed = loaded.value();
    changed.familyName = FamilyName; // the former name now lives only in the history
    QVERIFY(repo.update(changed));
    QVERIFY(repo.addNote(m_case, QStringLiteral("Met at the ") + NoteWords));
    auto attachment
        = Attachments(db()).add(m_case, QStringLiteral("scan-") + FamilyName + QStringLiteral(".pdf"), pdfWithMarker());
    QVERIFY(attachment);
    m_attachment = attachment->id;

    const QString contact = test::addTestContact(db(), QStringLiteral("CoMensha"));
    Consent consent;
    consent.caseId = m_case;
    consent.recipientId = contact;
    consent.purpose = QStringLiteral("registration");
    consent.scopes = { QStringLiteral("exploitation") };
    consent.method = QStringLiteral("written");
    consent.told = QStringLiteral("Told ") + GivenName + QStringLiteral(" about the registration");
    consent.validFrom = QDate::currentDate();
    auto added = ConsentRegister(db()).add(consent, QDate::currentDate());
    QVERIFY(added);
    Disclosure d { 0, m_case, {}, contact, QStringLiteral("registration"), { QStringLiteral("exploitation") },
        QStringLiteral("bundle-erasure-1"), added->id };
    QVERIFY(DisclosureRegister(db()).recordDisclosure(d));

    QVERIFY(DraftStore(db()).save(QStringLiteral("case"), m_case, QJsonObject { { QStringLiteral("familyName"), FamilyName } }));
    CaseFilter byName;
    byName.text = FamilyName.left(7);
    QVERIFY(SavedFilters(db()).save(QStringLiteral("Her name"), byName));
    CaseFilter byRegion;
    byRegion.region = QStringLiteral("Utrecht");
    QVERIFY(SavedFilters(db()).save(QStringLiteral("Utrecht"), byRegion));

    Case other;
    other.givenName = OtherName;
    other.familyName = QStringLiteral("Remainsova");
    auto second = repo.create(other);
    QVERIFY(second);
    m_other = second->id;
    QVERIFY(repo.addNote(m_other, QStringLiteral("A note that stays")));
}

void TestErasure::cleanup()
{
    m_vault.reset();
}

void TestErasure::previewCountsWhatGoes()
{
    auto p = CaseEraser(db(), m_clock).preview(m_number);
    QVERIFY(p);
    QCOMPARE(p->caseId, m_case);
    QCOMPARE(p->notes, 1);
    QCOMPARE(p->attachments, 1);
    QVERIFY(p->historyEntries > 0);
    QCOMPARE(p->consents, 1);
    QCOMPARE(p->disclosures, 1);
    QCOMPARE(p->drafts, 1);
    QCOMPARE(p->savedFilters, 1); // "Her name"; the region filter does not name her
    QVERIFY(!p->held);
}

void TestErasure::erasureLeavesNoFragment()
{
    const QStringList fragments { GivenName, FamilyName, FormerFamilyName, Alias, QStringLiteral("zqxnotemarker"),
        AttachmentMarker };
    const SecureBuffer key = m_vault->vault().copyMasterKey();
    const QString path = m_vault->vault().paths().database();

    // The check can fail: before erasure every fragment is in some decrypted page.
    const test::DecryptedPages before = test::DecryptedPages::read(path, key);
    QCOMPARE(before.failures, 0);
    QVERIFY(before.pages.size() > 10);
    for (const QString &f : fragments)
        QVERIFY2(!before.containing(f).isEmpty(), qPrintable(f));

    auto tomb = CaseEraser(db(), m_clock).erase(m_number, QStringLiteral("Asked by the person (AVG art. 17)"));
    QVERIFY2(tomb, tomb ? "" : qPrintable(tomb.error().message()));

    // The WAL was checkpointed and cut to nothing.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    QVERIFY(!wal.exists() || wal.size() == 0);
    const test::DecryptedPages after = test::DecryptedPages::read(path, key);
    QCOMPARE(after.failures, 0);
    for (const QString &f : fragments)
        QVERIFY2(after.containing(f).isEmpty(),
            qPrintable(QStringLiteral("%1 still in page(s) %2").arg(f).arg(after.containing(f).size())));
    // The other case is still readable in the file: the decryption works on what remains.
    QVERIFY(!after.containing(OtherName).isEmpty());

    // Nothing in the full-text index, the attachment store or the derived tables.
    CaseFilter filter;
    for (const QString &word : { FamilyName, Alias, QStringLiteral("zqxnotemarker"), m_number }) {
        filter.text = word;
        auto n = CaseSearch(db()).count(filter);
        QVERIFY(n);
        QCOMPARE(n.value(), 0);
    }
    auto content = Attachments(db()).content(m_attachment);
    QVERIFY(!content);
    QCOMPARE(content.error().code(), ErrorCode::NotFound);
    QCOMPARE(rows(db(), QStringLiteral("SELECT count(*) FROM case_attachments")), 0);
    QCOMPARE(rows(db(), QStringLiteral("SELECT count(*) FROM case_fts_content WHERE c0body LIKE '%xelbrandt%'")), 0);
    QCOMPARE(rows(db(), QStringLiteral("SELECT count(*) FROM case_history WHERE case_id = '%1'").arg(m_case)), 0);
    QCOMPARE(rows(db(), QStringLiteral("SELECT count(*) FROM consents")), 0);
    QCOMPARE(rows(db(), QStringLiteral("SELECT count(*) FROM drafts")), 0);
    auto filters = SavedFilters(db()).all();
    QVERIFY(filters);
    QCOMPARE(filters->size(), 1);
    QCOMPARE(filters->first().name, QStringLiteral("Utrecht"));
    auto gone = CaseRepository(db()).load(m_number);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code(), ErrorCode::NotFound);
}

void TestErasure::erasureKeepsTombstoneAuditAndDisclosures()
{
    const QString reason = QStringLiteral("Retention period ended");
    auto tomb = CaseEraser(db(), m_clock).erase(m_case, reason);
    QVERIFY(tomb);
    QCOMPARE(tomb->number, m_number);
    QCOMPARE(tomb->erasedAt, m_clock.now());
    QCOMPARE(tomb->reason, reason);
    QCOMPARE(tomb->erasedBy, AuditLog::currentActor());

    auto stored = CaseEraser(db(), m_clock).tombstone(m_number);
    QVERIFY(stored);
    QVERIFY(stored->has_value());
    QCOMPARE((*stored)->caseId, m_case);
    QCOMPARE((*stored)->reason, reason);

    AuditQuery query;
    query.kind = AuditKind::Privacy;
    auto entries = AuditLog(db()).list(query);
    QVERIFY(entries);
    QVERIFY(!entries->isEmpty());
    QCOMPARE(entries->first().action, QStringLiteral("case.erased"));
    QCOMPARE(entries->first().subject, m_case);
    QCOMPARE(entries->first().caseNumber, m_number); // resolved through the tombstone
    QVERIFY(AuditLog(db()).verify());

    // The disclosure register keeps its row, under the number, without personal data.
    auto stmt = db().prepare(QStringLiteral("SELECT case_number, purpose, scopes, bundle_id FROM erased_disclosures"));
    QVERIFY(stmt);
    auto row = stmt->step();
    QVERIFY(row && row.value());
    QCOMPARE(stmt->text(0), m_number);
    QCOMPARE(stmt->text(1), QStringLiteral("registration"));
    QCOMPARE(stmt->text(3), QStringLiteral("bundle-erasure-1"));
    QCOMPARE(rows(db(), QStringLiteral("SELECT count(*) FROM disclosures")), 0);
}

void TestErasure::otherCasesStay()
{
    QVERIFY(CaseEraser(db(), m_clock).erase(m_number, QStringLiteral("Asked by the person")));
    auto other = CaseRepository(db()).load(m_other);
    QVERIFY(other);
    QCOMPARE(other->givenName, OtherName);
    QCOMPARE(other->notes.size(), 1);
    CaseFilter filter;
    filter.text = QStringLiteral("stays");
    auto n = CaseSearch(db()).count(filter);
    QVERIFY(n);
    QCOMPARE(n.value(), 1);
}

void TestErasure::legalHoldRefuses()
{
    LegalHolds holds(db());
    auto noReason = holds.set(m_number, QStringLiteral("   "));
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().code(), ErrorCode::InvalidInput);
    QVERIFY(holds.set(m_number, QStringLiteral("Criminal case pending at the public prosecutor")));
    auto hold = holds.find(m_case);
    QVERIFY(hold && hold->has_value());
    QCOMPARE((*hold)->reason, QStringLiteral("Criminal case pending at the public prosecutor"));

    CaseEraser eraser(db(), m_clock);
    auto p = eraser.preview(m_number);
    QVERIFY(p && p->held);
    auto refused = eraser.erase(m_number, QStringLiteral("Asked by the person"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Refused);
    QVERIFY(CaseRepository(db()).load(m_number)); // still there, untouched
    QCOMPARE(rows(db(), QStringLiteral("SELECT count(*) FROM erased_cases")), 0);
    auto purge = eraser.eraseAll({ m_other, m_case }, QStringLiteral("Retention period ended"));
    QVERIFY(!purge);
    QCOMPARE(purge.error().code(), ErrorCode::Refused);

    QVERIFY(holds.lift(m_number));
    auto again = holds.lift(m_number);
    QVERIFY(!again);
    QCOMPARE(again.error().code(), ErrorCode::NotFound);
    QVERIFY(eraser.erase(m_number, QStringLiteral("Asked by the person")));

    AuditQuery query;
    query.kind = AuditKind::Privacy;
    auto entries = AuditLog(db()).list(query);
    QVERIFY(entries);
    QStringList actions;
    for (const AuditEntry &e : entries.value())
        actions.append(e.action);
    QVERIFY(actions.contains(QStringLiteral("case.legal_hold_set")));
    QVERIFY(actions.contains(QStringLiteral("case.legal_hold_lifted")));
}

void TestErasure::reasonIsRequired_data()
{
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("  \t ");
    QTest::newRow("two lines") << QStringLiteral("first\nsecond");
    QTest::newRow("too long") << QString(1001, QLatin1Char('x'));
}

void TestErasure::reasonIsRequired()
{
    QFETCH(QString, reason);
    auto refused = CaseEraser(db(), m_clock).erase(m_number, reason);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
    QVERIFY(CaseRepository(db()).load(m_number));
}

void TestErasure::unknownCaseIsNotFound()
{
    auto missing = CaseEraser(db(), m_clock).erase(QStringLiteral("VN-2001-0999"), QStringLiteral("test"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestErasure)
#include "TestErasure.moc"
