#include "TestVault.h"

#include "cases/CaseHistory.h"
#include "cases/CaseRepository.h"
#include "consent/ConsentRegister.h"
#include "consent/DisclosureRegister.h"
#include "exchange/BundleExporter.h"
#include "exchange/BundleImporter.h"
#include "exchange/BundleReader.h"
#include "exchange/BundleWriter.h"
#include "exchange/ContactCard.h"
#include "exchange/ContactRepository.h"
#include "exchange/ExportPlanner.h"
#include "exchange/IdentityStore.h"
#include "exchange/MergeConflicts.h"
#include "exchange/ReceivedRecords.h"
#include "exchange/StatisticsExport.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;

// Export, inspect and import of bundles between vaults (issue 5): consent exactness, refusals,
// forged senders, field-by-field merge with conflicts, idempotent re-import and suppressed statistics.
class TestExchange final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

    static Contact befriend(test::TestVault &me, test::TestVault &other, const QString &name, const QString &kind, bool verified)
    {
        IdentityStore theirs(other.vault().database());
        auto keys = theirs.keys();
        auto own = theirs.ownIdentity();
        if (!keys || !own)
            return {};
        auto card = ContactCard::parse(ContactCard::write(name, own->organisation, keys.value()));
        if (!card)
            return {};
        Contact c;
        c.name = name;
        c.organisation = card->organisation;
        c.kind = kind;
        c.encPublicKey = card->identity.encryptionKey;
        c.signPublicKey = card->identity.signingKey;
        c.fingerprint = card->identity.fingerprint();
        ContactRepository contacts(me.vault().database());
        auto added = contacts.add(c);
        if (!added)
            return {};
        if (verified) {
            if (!contacts.verify(added->id))
                return {};
            added->verified = true;
        }
        return added.value();
    }

    static QJsonObject fullCase()
    {
        return QJsonObject { { QStringLiteral("givenName"), QStringLiteral("Ana") },
            { QStringLiteral("familyName"), QStringLiteral("Popescu") },
            { QStringLiteral("birthDate"), QStringLiteral("1995-04-02") }, { QStringLiteral("gender"), QStringLiteral("female") },
            { QStringLiteral("nationality"), QStringLiteral("RO") },
            { QStringLiteral("languages"), QJsonArray { QStringLiteral("ro") } },
            { QStringLiteral("phone"), QStringLiteral("+40700000001") },
            { QStringLiteral("exploitationForms"), QJsonArray { QStringLiteral("sexual"), QStringLiteral("labour") } },
            { QStringLiteral("reporterType"), QStringLiteral("police") }, { QStringLiteral("region"), QStringLiteral("Utrecht") },
            { QStringLiteral("needs"), QJsonArray { QStringLiteral("medical") } }, { QStringLiteral("childrenCount"), 1 },
            { QStringLiteral("childrenAges"), QJsonArray { 3 } }, { QStringLiteral("residenceStatus"), QStringLiteral("eu") } };
    }

    static QString createCase(test::TestVault &v, const QJsonObject &json = fullCase())
    {
        auto created = CaseRepository(v.vault().database()).createFromJson(json);
        if (!created) {
            qWarning("%s", qPrintable(created.error().message()));
            return {};
        }
        return created->id;
    }

    static QString addConsent(test::TestVault &v, const QString &caseId, const Contact &to, const QString &purpose,
        const QStringList &scopes, const QDate &from = {}, const QDate &expires = {})
    {
        Consent c;
        c.caseId = caseId;
        c.recipientId = to.id;
        c.purpose = purpose;
        c.purposeText = purpose == QLatin1String("other") ? QStringLiteral("research into support") : QString();
        c.scopes = scopes;
        c.method = QStringLiteral("written");
        c.validFrom = from;
        c.expires = expires;
        auto added = ConsentRegister(v.vault().database()).add(c);
        if (!added) {
            qWarning("%s", qPrintable(added.error().message()));
            return {};
        }
        return added->id;
    }

    static int count(test::TestVault &v, const QString &sql)
    {
        auto r = v.vault().database().scalar(sql);
        return r ? r->toInt() : -1;
    }

    static QJsonArray recordsOf(const QString &file, test::TestVault &reader)
    {
        auto keys = IdentityStore(reader.vault().database()).keys();
        if (!keys)
            return {};
        auto opened = BundleReader::open(file, keys.value());
        if (!opened)
            return {};
        const BundleEntry *e = opened->entry(QStringLiteral("records.json"));
        return e ? QJsonDocument::fromJson(e->data).array() : QJsonArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A contact is removed only while no register names it; the card file round-trips into a contact.
    void contactIsRemovedUnlessARegisterNamesIt()
    {
        test::TestVault me;
        test::TestVault comensha;
        test::TestVault shelter;
        const Contact named = befriend(me, comensha, QStringLiteral("CoMensha"), QStringLiteral("external"), true);
        QVERIFY(!named.id.isEmpty());
        const QString caseId = CaseRepository(me.vault().database()).createFromJson(fullCase())->id;
        QVERIFY(!addConsent(me, caseId, named, QStringLiteral("registration"), { QStringLiteral("exploitation") }).isEmpty());

        // The shelter's card, written to a file and read back as a contact.
        const QString cardFile = path(QStringLiteral("shelter.vncard"));
        {
            QFile out(cardFile);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(ContactCard::write(QStringLiteral("Shelter Noord"), QStringLiteral("Opvang"),
                IdentityStore(shelter.vault().database()).keys().value())
                          .toUtf8());
        }
        auto card = ContactCard::readFile(cardFile);
        QVERIFY(card);
        const Contact fromCard = card->toContact(QStringLiteral("team"), QStringLiteral("  "));
        QCOMPARE(fromCard.name, QStringLiteral("Shelter Noord"));
        QCOMPARE(fromCard.kind, QStringLiteral("team"));
        QCOMPARE(fromCard.fingerprint, IdentityStore(shelter.vault().database()).ownIdentity()->publicIdentity.fingerprint());
        QVERIFY(!fromCard.verified);
        QCOMPARE(ContactCard::readFile(path(QStringLiteral("missing.vncard"))).error().code(), ErrorCode::InvalidInput);

        ContactRepository contacts(me.vault().database());
        auto unused = contacts.add(fromCard);
        QVERIFY(unused);
        auto refused = contacts.remove(named.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Refused);
        QVERIFY(contacts.find(named.id));
        QVERIFY(contacts.remove(unused->id).ok());
        QCOMPARE(contacts.find(unused->id).error().code(), ErrorCode::NotFound);
        QCOMPARE(count(me, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'contact.removed'")), 1);
        QCOMPARE(contacts.remove(unused->id).error().code(), ErrorCode::NotFound);
    }

    void exportCarriesExactlyTheConsentedFields_data()
    {
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<QStringList>("expected");
        const QStringList minimal { QStringLiteral("id"), QStringLiteral("number") };
        QTest::newRow("health") << QStringLiteral("other") << QStringList { QStringLiteral("health") }
                                << minimal + QStringList { QStringLiteral("needs") };
        QTest::newRow("children and residence")
            << QStringLiteral("other") << QStringList { QStringLiteral("children"), QStringLiteral("residence_status") }
            << minimal
                + QStringList { QStringLiteral("childrenCount"), QStringLiteral("childrenAges"),
                      QStringLiteral("residenceStatus"), QStringLiteral("reflectionStart"), QStringLiteral("reflectionEnd"),
                      QStringLiteral("minor"), QStringLiteral("unaccompaniedMinor"), QStringLiteral("legalRepresentative") };
        QTest::newRow("registration: exploitation and identity")
            << QStringLiteral("registration") << QStringList { QStringLiteral("exploitation"), QStringLiteral("identity") }
            << minimal
                + QStringList { QStringLiteral("exploitationForms"), QStringLiteral("nationality"), QStringLiteral("ageBand"),
                      QStringLiteral("gender"), QStringLiteral("reporterType"), QStringLiteral("signalDate") };
    }
    void exportCarriesExactlyTheConsentedFields()
    {
        QFETCH(QString, purpose);
        QFETCH(QStringList, scopes);
        QFETCH(QStringList, expected);
        test::TestVault coordinator;
        test::TestVault comensha;
        const Contact to = befriend(coordinator, comensha, QStringLiteral("CoMensha"), QStringLiteral("external"), true);
        QVERIFY(!to.id.isEmpty());
        const QString caseId = createCase(coordinator);
        const QString other = createCase(coordinator); // no consent: held back
        QVERIFY(!addConsent(coordinator, caseId, to, purpose, scopes).isEmpty());

        auto plan = ExportPlanner(coordinator.vault().database()).plan(QStringLiteral("CoMensha"), purpose, { caseId, other });
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message()));
        QCOMPARE(plan->included.size(), 1);
        QCOMPARE(plan->heldBack.size(), 1);
        QCOMPARE(plan->heldBack.first().caseId, other);
        QVERIFY(!plan->heldBack.first().reason.isEmpty());
        QStringList keys = plan->included.first().data.keys();
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);

        const QString file = path(QStringLiteral("exact-%1.vnb")
                                      .arg(QString::fromUtf8(QTest::currentDataTag()))
                                      .replace(QLatin1Char(' '), QLatin1Char('_')));
        auto written = BundleExporter(coordinator.vault().database()).exportPlan(plan.value(), file);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));
        const QJsonArray records = recordsOf(file, comensha);
        QCOMPARE(records.size(), 1);
        QStringList sent = records.first().toObject().keys();
        sent.sort();
        QCOMPARE(sent, expected);
        if (!scopes.contains(QStringLiteral("sexual_life"))
            && records.first().toObject().contains(QStringLiteral("exploitationForms")))
            QVERIFY(!records.first()
                         .toObject()
                         .value(QStringLiteral("exploitationForms"))
                         .toArray()
                         .contains(QStringLiteral("sexual")));
        // One disclosure per exported case, on the bundle.
        auto disclosures = DisclosureRegister(coordinator.vault().database()).forCase(caseId);
        QVERIFY(disclosures.ok());
        QCOMPARE(disclosures->size(), 1);
        QCOMPARE(disclosures->first().bundleId, written->bundleId);
        QCOMPARE(count(coordinator, QStringLiteral("SELECT count(*) FROM exported_bundles")), 1);
        // The sender can re-read its own export.
        auto own = BundleImporter(coordinator.vault().database()).inspect(file);
        QVERIFY(own.ok());
        QVERIFY(own->fromThisVault);
    }

    void expiredAndWithdrawnExportNothing()
    {
        test::TestVault coordinator;
        test::TestVault comensha;
        const Contact to = befriend(coordinator, comensha, QStringLiteral("CoMensha"), QStringLiteral("external"), true);
        const QString expired = createCase(coordinator);
        const QString withdrawn = createCase(coordinator);
        const QDate today = QDate::currentDate();
        QVERIFY(!addConsent(coordinator, expired, to, QStringLiteral("registration"), { QStringLiteral("exploitation") },
            today.addYears(-2), today.addYears(-1))
                     .isEmpty());
        const QString consentId
            = addConsent(coordinator, withdrawn, to, QStringLiteral("registration"), { QStringLiteral("exploitation") });
        QVERIFY(ConsentRegister(coordinator.vault().database()).withdraw(consentId, QStringLiteral("asked to stop")).ok());

        auto plan = ExportPlanner(coordinator.vault().database()).plan(to.id, QStringLiteral("registration"), {});
        QVERIFY(plan.ok());
        QVERIFY(plan->included.isEmpty());
        QCOMPARE(plan->heldBack.size(), 2);
        for (const HeldBackCase &h : plan->heldBack)
            QVERIFY2(h.reason.contains(h.caseId == expired ? QStringLiteral("expired") : QStringLiteral("withdrawn")),
                qPrintable(h.reason));

        const QString file = path(QStringLiteral("nothing.vnb"));
        auto written = BundleExporter(coordinator.vault().database()).exportPlan(plan.value(), file);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code(), ErrorCode::Refused);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(count(coordinator, QStringLiteral("SELECT count(*) FROM disclosures")), 0);
        QCOMPARE(count(coordinator, QStringLiteral("SELECT count(*) FROM exported_bundles")), 0);
    }

    void unverifiedContactIsRefused()
    {
        test::TestVault coordinator;
        test::TestVault comensha;
        const Contact to = befriend(coordinator, comensha, QStringLiteral("CoMensha"), QStringLiteral("external"), false);
        createCase(coordinator);
        auto plan = ExportPlanner(coordinator.vault().database()).plan(to.id, QStringLiteral("registration"), {});
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code(), ErrorCode::Refused);
        auto stats = BundleExporter(coordinator.vault().database()).prepareStatistics(to.id, QJsonObject());
        QVERIFY(!stats.ok());
        QCOMPARE(stats.error().code(), ErrorCode::Refused);
    }

    void foreignBundleCannotBeOpenedAndForgedSenderIsRefused()
    {
        test::TestVault worker;
        test::TestVault coordinator;
        test::TestVault stranger;
        const Contact toCoordinator = befriend(worker, coordinator, QStringLiteral("Coordinator"), QStringLiteral("team"), true);
        befriend(coordinator, worker, QStringLiteral("Worker"), QStringLiteral("team"), true);
        createCase(worker);
        auto plan = ExportPlanner(worker.vault().database()).plan(toCoordinator.id, {}, {});
        QVERIFY(plan.ok());
        const QString file = path(QStringLiteral("team-for-coordinator.vnb"));
        QVERIFY(BundleExporter(worker.vault().database()).exportPlan(plan.value(), file).ok());

        // Not addressed to the stranger.
        auto foreign = BundleImporter(stranger.vault().database()).inspect(file);
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().code(), ErrorCode::CannotUnlock);

        // The stranger signs a bundle whose manifest claims to come from the (verified) worker.
        auto keys = IdentityStore(coordinator.vault().database()).keys();
        auto opened = BundleReader::open(file, keys.value());
        QVERIFY(opened.ok());
        auto strangerKeys = IdentityStore(stranger.vault().database()).keys();
        const QString forged = path(QStringLiteral("forged.vnb"));
        QVERIFY(BundleWriter::write(forged, strangerKeys.value(), { keys->publicIdentity() }, opened->entries).ok());
        auto inspection = BundleImporter(coordinator.vault().database()).inspect(forged);
        QVERIFY(inspection.ok());
        QVERIFY(!inspection->senderMatchesSigner);
        QVERIFY(!inspection->canImport());
        auto imported = BundleImporter(coordinator.vault().database()).importBundle(forged);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code(), ErrorCode::Integrity);
        QCOMPARE(count(coordinator, QStringLiteral("SELECT count(*) FROM cases")), 0);

        // The genuine one imports.
        auto genuine = BundleImporter(coordinator.vault().database()).importBundle(file);
        QVERIFY2(genuine.ok(), genuine.ok() ? "" : qPrintable(genuine.error().message()));
        QCOMPARE(genuine->created, 1);
    }

    void unverifiedSenderCanBeInspectedButNotImported()
    {
        test::TestVault worker;
        test::TestVault coordinator;
        const Contact toCoordinator = befriend(worker, coordinator, QStringLiteral("Coordinator"), QStringLiteral("team"), true);
        const Contact workerHere = befriend(coordinator, worker, QStringLiteral("Worker"), QStringLiteral("team"), false);
        createCase(worker);
        auto plan = ExportPlanner(worker.vault().database()).plan(toCoordinator.id, {}, {});
        const QString file = path(QStringLiteral("unverified.vnb"));
        QVERIFY(BundleExporter(worker.vault().database()).exportPlan(plan.value(), file).ok());
        auto inspection = BundleImporter(coordinator.vault().database()).inspect(file);
        QVERIFY(inspection.ok());
        QVERIFY(inspection->senderKnown);
        QVERIFY(!inspection->senderVerified);
        QCOMPARE(inspection->records.size(), 1);
        auto refused = BundleImporter(coordinator.vault().database()).importBundle(file);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Integrity);
        QVERIFY(ContactRepository(coordinator.vault().database()).verify(workerHere.id).ok());
        auto imported = BundleImporter(coordinator.vault().database()).importBundle(file);
        QVERIFY(imported.ok());
        QCOMPARE(imported->created, 1);
    }

    void mergeFieldByField()
    {
        test::TestVault worker;
        test::TestVault coordinator;
        const Contact toCoordinator = befriend(worker, coordinator, QStringLiteral("Coordinator"), QStringLiteral("team"), true);
        const Contact toWorker = befriend(coordinator, worker, QStringLiteral("Worker"), QStringLiteral("team"), true);
        Database &wdb = worker.vault().database();
        Database &cdb = coordinator.vault().database();
        const QString caseId = createCase(worker);
        QVERIFY(CaseRepository(wdb).addNote(caseId, QStringLiteral("First meeting at the station")).ok());

        auto first = ExportPlanner(wdb).plan(toCoordinator.id, {}, { caseId });
        QVERIFY(first.ok());
        const QString file1 = path(QStringLiteral("merge-1.vnb"));
        QVERIFY(BundleExporter(wdb).exportPlan(first.value(), file1).ok());
        auto imported1 = BundleImporter(cdb).importBundle(file1);
        QVERIFY2(imported1.ok(), imported1.ok() ? "" : qPrintable(imported1.error().message() + imported1.error().detail()));
        QCOMPARE(imported1->created, 1);
        auto copy = CaseRepository(cdb).load(caseId);
        QVERIFY(copy.ok());
        QCOMPARE(copy->familyName, QStringLiteral("Popescu"));
        QCOMPARE(copy->notes.size(), 1);
        QCOMPARE(CaseRepository(cdb).history(caseId)->size(), CaseRepository(wdb).history(caseId)->size());

        // Both sides change: the worker the family name and the phone, the coordinator the region and the phone.
        QVERIFY(CaseRepository(wdb)
                    .updateFromJson(caseId,
                        QJsonObject { { QStringLiteral("familyName"), QStringLiteral("Popescu-Ionescu") },
                            { QStringLiteral("phone"), QStringLiteral("+40700000002") } })
                    .ok());
        QVERIFY(CaseRepository(wdb).addNote(caseId, QStringLiteral("Second meeting")).ok());
        QVERIFY(CaseRepository(cdb)
                    .updateFromJson(caseId,
                        QJsonObject { { QStringLiteral("region"), QStringLiteral("Amsterdam") },
                            { QStringLiteral("phone"), QStringLiteral("+31600000003") } })
                    .ok());

        auto second = ExportPlanner(wdb).plan(toCoordinator.id, {}, { caseId });
        const QString file2 = path(QStringLiteral("merge-2.vnb"));
        QVERIFY(BundleExporter(wdb).exportPlan(second.value(), file2).ok());
        auto imported2 = BundleImporter(cdb).importBundle(file2);
        QVERIFY2(imported2.ok(), imported2.ok() ? "" : qPrintable(imported2.error().message() + imported2.error().detail()));
        QCOMPARE(imported2->updated, 1);
        QCOMPARE(imported2->conflicts, 1);
        auto merged = CaseRepository(cdb).load(caseId);
        QCOMPARE(merged->familyName, QStringLiteral("Popescu-Ionescu")); // remote only: applied
        QCOMPARE(merged->region, QStringLiteral("Amsterdam")); // local only: kept
        QCOMPARE(merged->phone, QStringLiteral("+31600000003")); // both: local stays
        QCOMPARE(merged->notes.size(), 2);
        auto conflicts = MergeConflicts(cdb).list();
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().field, QStringLiteral("phone"));
        QCOMPARE(conflicts->first().remoteValue.toString(), QStringLiteral("+40700000002"));
        // The remote history rows keep their own changeId, time and actor.
        QSet<QString> workerChanges;
        const auto workerHistory = CaseRepository(wdb).history(caseId);
        for (const HistoryEntry &e : workerHistory.value())
            if (e.field == QLatin1String("familyName"))
                workerChanges.insert(e.changeId);
        int carried = 0;
        const auto coordinatorHistory = CaseRepository(cdb).history(caseId);
        for (const HistoryEntry &e : coordinatorHistory.value())
            carried += e.field == QLatin1String("familyName") && workerChanges.contains(e.changeId) ? 1 : 0;
        QCOMPARE(carried, int(workerChanges.size()));

        // Importing the same bundle again changes nothing.
        const int historyBefore = count(coordinator, QStringLiteral("SELECT count(*) FROM case_history"));
        const int notesBefore = count(coordinator, QStringLiteral("SELECT count(*) FROM case_notes"));
        const int conflictsBefore = count(coordinator, QStringLiteral("SELECT count(*) FROM merge_conflicts"));
        const int auditBefore = count(coordinator, QStringLiteral("SELECT count(*) FROM audit_log"));
        auto again = BundleImporter(cdb).importBundle(file2);
        QVERIFY(again.ok());
        QVERIFY(again->alreadyImported);
        QCOMPARE(count(coordinator, QStringLiteral("SELECT count(*) FROM case_history")), historyBefore);
        QCOMPARE(count(coordinator, QStringLiteral("SELECT count(*) FROM case_notes")), notesBefore);
        QCOMPARE(count(coordinator, QStringLiteral("SELECT count(*) FROM merge_conflicts")), conflictsBefore);
        QCOMPARE(count(coordinator, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
        QCOMPARE(CaseRepository(cdb).load(caseId)->phone, QStringLiteral("+31600000003"));

        // Take theirs.
        QVERIFY(MergeConflicts(cdb).resolve(conflicts->first().id, true).ok());
        QCOMPARE(CaseRepository(cdb).load(caseId)->phone, QStringLiteral("+40700000002"));
        QVERIFY(MergeConflicts(cdb).list()->isEmpty());
        QCOMPARE(MergeConflicts(cdb).resolve(conflicts->first().id, false).error().code(), ErrorCode::InvalidInput);

        // Back to the worker: the coordinator's region arrives, nothing conflicts.
        auto back = ExportPlanner(cdb).plan(toWorker.id, {}, { caseId });
        const QString file3 = path(QStringLiteral("merge-3.vnb"));
        QVERIFY(BundleExporter(cdb).exportPlan(back.value(), file3).ok());
        auto imported3 = BundleImporter(wdb).importBundle(file3);
        QVERIFY2(imported3.ok(), imported3.ok() ? "" : qPrintable(imported3.error().message() + imported3.error().detail()));
        QCOMPARE(imported3->conflicts, 0);
        auto atWorker = CaseRepository(wdb).load(caseId);
        QCOMPARE(atWorker->region, QStringLiteral("Amsterdam"));
        QCOMPARE(atWorker->phone, QStringLiteral("+40700000002"));
        QCOMPARE(atWorker->familyName, QStringLiteral("Popescu-Ionescu"));
    }

    void keepMineResolvesWithoutChangingTheValue()
    {
        test::TestVault worker;
        test::TestVault coordinator;
        const Contact toCoordinator = befriend(worker, coordinator, QStringLiteral("Coordinator"), QStringLiteral("team"), true);
        const Contact toWorker = befriend(coordinator, worker, QStringLiteral("Worker"), QStringLiteral("team"), true);
        Database &wdb = worker.vault().database();
        Database &cdb = coordinator.vault().database();
        const QString caseId = createCase(worker);
        const QString f1 = path(QStringLiteral("keep-1.vnb"));
        QVERIFY(BundleExporter(wdb).exportPlan(ExportPlanner(wdb).plan(toCoordinator.id, {}, { caseId }).value(), f1).ok());
        QVERIFY(BundleImporter(cdb).importBundle(f1).ok());
        QVERIFY(
            CaseRepository(wdb).updateFromJson(caseId, QJsonObject { { QStringLiteral("gender"), QStringLiteral("x") } }).ok());
        QVERIFY(CaseRepository(cdb)
                    .updateFromJson(caseId, QJsonObject { { QStringLiteral("gender"), QStringLiteral("unknown") } })
                    .ok());
        const QString f2 = path(QStringLiteral("keep-2.vnb"));
        QVERIFY(BundleExporter(wdb).exportPlan(ExportPlanner(wdb).plan(toCoordinator.id, {}, { caseId }).value(), f2).ok());
        auto imported = BundleImporter(cdb).importBundle(f2);
        QCOMPARE(imported->conflicts, 1);
        const QString conflictId = MergeConflicts(cdb).list()->first().id;
        QVERIFY(MergeConflicts(cdb).resolve(conflictId, false).ok());
        QCOMPARE(CaseRepository(cdb).load(caseId)->gender, QStringLiteral("unknown"));
        // The worker gets "mine" back without a conflict of its own.
        const QString f3 = path(QStringLiteral("keep-3.vnb"));
        QVERIFY(BundleExporter(cdb).exportPlan(ExportPlanner(cdb).plan(toWorker.id, {}, { caseId }).value(), f3).ok());
        auto back = BundleImporter(wdb).importBundle(f3);
        QVERIFY(back.ok());
        QCOMPARE(back->conflicts, 0);
        QCOMPARE(CaseRepository(wdb).load(caseId)->gender, QStringLiteral("unknown"));
    }

    void unknownCaseWithATakenNumberIsRenumbered()
    {
        test::TestVault worker;
        test::TestVault coordinator;
        const Contact toCoordinator = befriend(worker, coordinator, QStringLiteral("Coordinator"), QStringLiteral("team"), true);
        befriend(coordinator, worker, QStringLiteral("Worker"), QStringLiteral("team"), true);
        const QString remoteId = createCase(worker);
        const QString localId = createCase(coordinator); // takes the same first number of the year
        const QString remoteNumber = CaseRepository(worker.vault().database()).load(remoteId)->number;
        QCOMPARE(CaseRepository(coordinator.vault().database()).load(localId)->number, remoteNumber);
        const QString file = path(QStringLiteral("renumber.vnb"));
        QVERIFY(BundleExporter(worker.vault().database())
                    .exportPlan(ExportPlanner(worker.vault().database()).plan(toCoordinator.id, {}, { remoteId }).value(), file)
                    .ok());
        QVERIFY(BundleImporter(coordinator.vault().database()).importBundle(file).ok());
        auto imported = CaseRepository(coordinator.vault().database()).load(remoteId);
        QVERIFY(imported.ok());
        QVERIFY(imported->number != remoteNumber);
        auto source = coordinator.vault().database().prepare(
            QStringLiteral("SELECT source_number FROM case_source_numbers WHERE case_id = ?"));
        source->bind(1, remoteId);
        QVERIFY(source->step().value());
        QCOMPARE(source->text(0), remoteNumber);
        // The search index knows the imported case.
        QCOMPARE(count(coordinator, QStringLiteral("SELECT count(*) FROM case_fts WHERE body MATCH 'popescu'")), 2);
    }

    void externalBundleBecomesReceivedRegistrations()
    {
        test::TestVault coordinator;
        test::TestVault comensha;
        const Contact to = befriend(coordinator, comensha, QStringLiteral("CoMensha"), QStringLiteral("external"), true);
        befriend(comensha, coordinator, QStringLiteral("Coordinator Utrecht"), QStringLiteral("external"), true);
        const QString caseId = createCase(coordinator);
        QVERIFY(!addConsent(coordinator, caseId, to, QStringLiteral("registration"),
            { QStringLiteral("exploitation"), QStringLiteral("identity") })
                     .isEmpty());
        const QString file = path(QStringLiteral("registration.vnb"));
        QVERIFY(
            BundleExporter(coordinator.vault().database())
                .exportPlan(
                    ExportPlanner(coordinator.vault().database()).plan(to.id, QStringLiteral("registration"), {}).value(), file)
                .ok());
        auto imported = BundleImporter(comensha.vault().database()).importBundle(file);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message()));
        QCOMPARE(imported->received, 1);
        auto received = ReceivedRecords(comensha.vault().database()).list();
        QCOMPARE(received->size(), 1);
        QCOMPARE(received->first().caseId, caseId);
        QVERIFY(!received->first().data.contains(QStringLiteral("familyName")));
        QCOMPARE(count(comensha, QStringLiteral("SELECT count(*) FROM cases")), 0);
        QVERIFY(BundleImporter(comensha.vault().database()).importBundle(file)->alreadyImported);
        QCOMPARE(ReceivedRecords(comensha.vault().database()).list()->size(), 1);
    }

    void statisticsNeverShowACountUnderTheThreshold()
    {
        QRandomGenerator rng(20261127);
        const QStringList forms { QStringLiteral("sexual"), QStringLiteral("labour"), QStringLiteral("criminal"),
            QStringLiteral("unknown") };
        const QStringList genders { QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("x"),
            QStringLiteral("unknown") };
        const QStringList countries { QStringLiteral("NL"), QStringLiteral("RO"), QStringLiteral("NG"), QStringLiteral("UA"),
            QStringLiteral("BG") };
        for (int round = 0; round < 200; ++round) {
            const int threshold = 2 + int(rng.bounded(12));
            const int n = int(rng.bounded(80));
            QVector<QJsonObject> cases;
            for (int i = 0; i < n; ++i) {
                QJsonArray f;
                for (const QString &form : forms)
                    if (rng.bounded(3) == 0)
                        f.append(form);
                cases.append(QJsonObject { { QStringLiteral("exploitationForms"), f },
                    { QStringLiteral("gender"), genders.at(int(rng.bounded(genders.size()))) },
                    { QStringLiteral("nationality"), countries.at(int(rng.bounded(countries.size()))) },
                    { QStringLiteral("region"), QStringLiteral("R%1").arg(rng.bounded(6)) },
                    { QStringLiteral("birthDate"), QDate(1960 + int(rng.bounded(50)), 1, 1).toString(Qt::ISODate) },
                    { QStringLiteral("createdAt"),
                        QDateTime(QDate(2020 + int(rng.bounded(6)), 6, 1), QTime(12, 0), Qt::UTC)
                            .toString(Qt::ISODateWithMs) } });
            }
            const StatisticsTable table = StatisticsExport::tabulate(cases, threshold, QDate(2026, 1, 1));
            const QByteArray json = QJsonDocument(table.toJson()).toJson();
            QHash<QString, int> hiddenPerDimension;
            QHash<QString, int> cellsPerDimension;
            for (const QJsonValue &row : table.toJson().value(QStringLiteral("rows")).toArray()) {
                const QJsonValue c = row[QStringLiteral("count")];
                const QString dimension = row[QStringLiteral("dimension")].toString();
                ++cellsPerDimension[dimension];
                if (c.isString()) {
                    QCOMPARE(c.toString(), QStringLiteral("<%1").arg(threshold));
                    ++hiddenPerDimension[dimension];
                } else {
                    QVERIFY2(c.toInt() >= threshold, json.constData());
                }
            }
            // No single hidden count beside shown ones (it would be a subtraction away).
            for (auto it = hiddenPerDimension.cbegin(); it != hiddenPerDimension.cend(); ++it)
                QVERIFY(it.value() != 1 || cellsPerDimension.value(it.key()) == 1);
        }
    }

    void statisticsBundleIsWrittenAndRead()
    {
        test::TestVault coordinator;
        test::TestVault comensha;
        const Contact to = befriend(coordinator, comensha, QStringLiteral("CoMensha"), QStringLiteral("external"), true);
        befriend(comensha, coordinator, QStringLiteral("Coordinator"), QStringLiteral("external"), true);
        for (int i = 0; i < 3; ++i)
            createCase(coordinator);
        StatisticsExport stats(coordinator.vault().database());
        QCOMPARE(stats.threshold().value(), 10);
        QVERIFY(!stats.setThreshold(1).ok());
        QVERIFY(stats.setThreshold(3).ok());
        auto table = stats.compute();
        QVERIFY(table.ok());
        QCOMPARE(table->threshold, 3);
        auto prepared = BundleExporter(coordinator.vault().database()).prepareStatistics(to.id, table->toJson());
        QVERIFY(prepared.ok());
        const QString file = path(QStringLiteral("stats.vnb"));
        QVERIFY(BundleExporter(coordinator.vault().database()).write(prepared.value(), file).ok());
        auto inspection = BundleImporter(comensha.vault().database()).inspect(file);
        QVERIFY(inspection.ok());
        QCOMPARE(inspection->manifest.kind, QStringLiteral("statistics"));
        QVERIFY(inspection->manifest.cases.isEmpty());
        QVERIFY(!QJsonDocument(inspection->statistics).toJson().contains("Popescu"));
        QCOMPARE(BundleImporter(comensha.vault().database()).importBundle(file)->received, 1);
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "TestExchange.moc"
