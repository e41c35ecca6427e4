// The documents in the desktop: the case editor's Documents page (access report, handover
// summary), the consent dialog's consent form with the signed paper form's fingerprint, and the
// placement request dialog, driven through their widgets.
#include "ConsentFixtures.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "cases/CaseDocumentsPage.h"
#include "common/DocumentOutput.h"
#include "common/FileChooser.h"
#include "common/MessageBox.h"
#include "consent/ConsentEditorDialog.h"
#include "consent/ConsentPanel.h"
#include "consent/ConsentRegister.h"
#include "consent/DisclosureRegister.h"
#include "placement/PlacementRepository.h"
#include "placement/PlacementRequestDialog.h"
#include "shelters/ShelterJson.h"
#include "shelters/ShelterRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace vangnet;
using namespace vangnet::test;

class TestDocumentsUi final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void accessReportSavedAfterConfirmation();
    void cancelledConfirmationWritesNothing();
    void printWithoutPrinterSaysSo();
    void pageIsDisabledWithoutCase();
    void consentFormFingerprintGoesWithTheConsent();
    void changedFormNeedsANewPrint();
    void placementRequestNeedsConsent();
    void placementRequestSavedIsDisclosed();

private:
    template<typename T> static T *child(const QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    QString lastAuditAction() const
    {
        auto recent = AuditLog(m_vault->vault().database()).recent(1);
        return recent && !recent->isEmpty() ? recent->first().action : QString();
    }
    QString addPlacement();

    std::unique_ptr<TestVault> m_vault;
    QTemporaryDir m_dir;
    QString m_case;
    QString m_shelter;
};

void TestDocumentsUi::init()
{
    m_vault = std::make_unique<TestVault>();
    QVERIFY(m_vault->handle());
    Database &db = m_vault->vault().database();
    m_case = addTestCase(db, QDate(1990, 1, 1));
    m_shelter = addTestContact(db, QStringLiteral("Shelter Noord"));
    QVERIFY(!m_case.isEmpty() && !m_shelter.isEmpty());
}

void TestDocumentsUi::cleanup()
{
    m_vault.reset();
}

QString TestDocumentsUi::addPlacement()
{
    Database &db = m_vault->vault().database();
    Shelter s;
    s.id = QStringLiteral("noord");
    s.name = QStringLiteral("Opvang Noord");
    s.type = QStringLiteral("womens_shelter");
    s.securityLevel = 2;
    s.region = QStringLiteral("Groningen");
    s.capacity = 2;
    s.freeBeds = 1;
    s.availabilityAsOf = QDate::currentDate();
    if (!ShelterRepository(db).save(ShelterInput { s, false, false }))
        return {};
    auto placement = PlacementRepository(db).create(m_case, s.id, QStringLiteral("requested"));
    return placement ? placement->id : QString();
}

void TestDocumentsUi::accessReportSavedAfterConfirmation()
{
    CaseDocumentsPage page;
    page.setCase(m_case, m_vault->vault().database());
    QSignalSpy written(&page, &CaseDocumentsPage::documentWritten);
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    FileChooser::setNextFile(path);
    MessageBox::setNextAnswer(QMessageBox::Save);
    QTest::mouseClick(child<QPushButton>(&page, "accessReportPdf"), Qt::LeftButton);
    // The question named the file and that it is not encrypted.
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("report.pdf")));
    QTRY_COMPARE(written.count(), 1);
    QCOMPARE(written.first().first().toString(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
    QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    QCOMPARE(lastAuditAction(), QStringLiteral("privacy.access_report"));

    // The handover summary the same way.
    const QString summary = m_dir.filePath(QStringLiteral("summary"));
    FileChooser::setNextFile(summary);
    MessageBox::setNextAnswer(QMessageBox::Save);
    QTest::mouseClick(child<QPushButton>(&page, "summaryPdf"), Qt::LeftButton);
    QTRY_COMPARE(written.count(), 2);
    QVERIFY(QFile::exists(summary + QStringLiteral(".pdf")));
    QCOMPARE(lastAuditAction(), QStringLiteral("document.case_summary"));
}

void TestDocumentsUi::cancelledConfirmationWritesNothing()
{
    CaseDocumentsPage page;
    page.setCase(m_case, m_vault->vault().database());
    const QString before = lastAuditAction();
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    FileChooser::setNextFile(path);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>(&page, "accessReportPdf"), Qt::LeftButton);
    QTest::qWait(200);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(lastAuditAction(), before);
    // No file chosen: nothing asked, nothing written.
    FileChooser::setNextFile(QString());
    QTest::mouseClick(child<QPushButton>(&page, "accessReportPdf"), Qt::LeftButton);
    QCOMPARE(lastAuditAction(), before);
}

void TestDocumentsUi::printWithoutPrinterSaysSo()
{
    if (!QPrinterInfo::availablePrinters().isEmpty())
        QSKIP("This machine has a printer; the no-printer message cannot be shown.");
    CaseDocumentsPage page;
    page.setCase(m_case, m_vault->vault().database());
    const QString before = lastAuditAction();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(&page, "summaryPrint"), Qt::LeftButton);
    QCOMPARE(MessageBox::lastText(), DocumentOutput::noPrinterText());
    QCOMPARE(lastAuditAction(), before); // nothing was printed, nothing recorded
}

void TestDocumentsUi::pageIsDisabledWithoutCase()
{
    CaseDocumentsPage page;
    for (const char *name : { "accessReportPdf", "accessReportPrint", "summaryPdf", "summaryPrint" })
        QVERIFY2(!child<QPushButton>(&page, name)->isEnabled(), name);
    page.setCase(m_case, m_vault->vault().database());
    QVERIFY(child<QPushButton>(&page, "accessReportPdf")->isEnabled());
    page.clear();
    QVERIFY(!child<QPushButton>(&page, "accessReportPdf")->isEnabled());
    QVERIFY(child<QComboBox>(&page, "documentLanguage")->count() >= 2);
}

void TestDocumentsUi::consentFormFingerprintGoesWithTheConsent()
{
    ConsentEditorDialog dialog(m_vault->vault().database(), m_case);
    auto *paper = child<QCheckBox>(&dialog, "paperFormSigned");
    auto *pdf = child<QPushButton>(&dialog, "formPdf");
    QVERIFY(!pdf->isEnabled()); // no scope yet
    child<QCheckBox>(&dialog, "scope_health")->setChecked(true);
    QVERIFY(pdf->isEnabled());
    QVERIFY(!paper->isEnabled()); // no form saved yet

    QSignalSpy saved(&dialog, &ConsentEditorDialog::formSaved);
    const QString path = m_dir.filePath(QStringLiteral("form.pdf"));
    FileChooser::setNextFile(path);
    MessageBox::setNextAnswer(QMessageBox::Save);
    QTest::mouseClick(pdf, Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(paper->isEnabled());
    paper->setChecked(true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(dialog.draft().paperFormSha256, sha);

    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto stored = ConsentRegister(m_vault->vault().database()).find(dialog.stored().id);
    QVERIFY(stored);
    QCOMPARE(stored->paperFormSha256, sha);
}

void TestDocumentsUi::changedFormNeedsANewPrint()
{
    ConsentEditorDialog dialog(m_vault->vault().database(), m_case);
    child<QCheckBox>(&dialog, "scope_health")->setChecked(true);
    QSignalSpy saved(&dialog, &ConsentEditorDialog::formSaved);
    FileChooser::setNextFile(m_dir.filePath(QStringLiteral("form2.pdf")));
    MessageBox::setNextAnswer(QMessageBox::Save);
    QTest::mouseClick(child<QPushButton>(&dialog, "formPdf"), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    auto *paper = child<QCheckBox>(&dialog, "paperFormSigned");
    paper->setChecked(true);
    // Another scope: the saved form no longer says what is recorded.
    child<QCheckBox>(&dialog, "scope_identity")->setChecked(true);
    QVERIFY(!paper->isEnabled());
    QVERIFY(!paper->isChecked());
    QVERIFY(dialog.draft().paperFormSha256.isEmpty());
}

void TestDocumentsUi::placementRequestNeedsConsent()
{
    const QString placement = addPlacement();
    QVERIFY(!placement.isEmpty());
    PlacementRequestDialog dialog(m_vault->vault().database(), m_case, placement);
    QVERIFY(!child<QPushButton>(&dialog, "requestPdf")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "requestPrint")->isEnabled());
    QVERIFY(dialog.problem().contains(QStringLiteral("consent")));
}

void TestDocumentsUi::placementRequestSavedIsDisclosed()
{
    const QString placement = addPlacement();
    Database &db = m_vault->vault().database();
    Consent k;
    k.caseId = m_case;
    k.recipientId = m_shelter;
    k.purpose = QStringLiteral("placement");
    k.scopes = { QStringLiteral("health") };
    k.method = QStringLiteral("written");
    QVERIFY(ConsentRegister(db).add(k));
    PlacementRequestDialog dialog(db, m_case, placement);
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(!child<QCheckBox>(&dialog, "withPerpetrators")->isEnabled()); // the consent does not name them
    QSignalSpy disclosed(&dialog, &PlacementRequestDialog::requestDisclosed);
    const QString path = m_dir.filePath(QStringLiteral("request.pdf"));
    FileChooser::setNextFile(path);
    MessageBox::setNextAnswer(QMessageBox::Save);
    QTest::mouseClick(child<QPushButton>(&dialog, "requestPdf"), Qt::LeftButton);
    QTRY_COMPARE(disclosed.count(), 1);
    QVERIFY(QFile::exists(path));
    auto rows = DisclosureRegister(db).forCase(m_case);
    QVERIFY(rows && rows->size() == 1);
    QCOMPARE(rows->first().recipientId, m_shelter);
    QCOMPARE(rows->first().purpose, QStringLiteral("placement"));
    // The consent section lists it as handed over on paper, not by its document id.
    ConsentPanel panel;
    panel.setCase(m_case, db);
    auto *tree = child<QTreeWidget>(&panel, "disclosures");
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(4), QStringLiteral("on paper"));
}

QTEST_MAIN(TestDocumentsUi)
#include "TestDocumentsUi.moc"
