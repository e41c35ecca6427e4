#include "consent/ConsentRegister.h"

#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "consent/ConsentPurposes.h"
#include "consent/ConsentScopes.h"
#include "consent/DisclosureRegister.h"
#include "exchange/ContactRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

namespace vangnet {
namespace {

const QString Columns = QStringLiteral(
    "SELECT id, case_id, recipient_id, purpose, purpose_text, scopes, signer, method, language, interpreter, told,"
    " valid_from, expires, withdrawn_at, withdrawal_note, scan_attachment_id, created_at, created_by,"
    " paper_form_sha256 FROM consents ");

Consent readConsent(const Statement &q)
{
    Consent c;
    c.id = q.text(0);
    c.caseId = q.text(1);
    c.recipientId = q.text(2);
    c.purpose = q.text(3);
    c.purposeText = q.text(4);
    c.scopes = q.text(5).split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.signer = q.text(6);
    c.method = q.text(7);
    c.language = q.text(8);
    c.interpreterUsed = q.integer(9) != 0;
    c.told = q.text(10);
    c.validFrom = QDate::fromString(q.text(11), Qt::ISODate);
    c.expires = QDate::fromString(q.text(12), Qt::ISODate);
    if (!q.isNull(13))
        c.withdrawnAt = QDateTime::fromString(q.text(13), Qt::ISODateWithMs);
    c.withdrawalNote = q.text(14);
    c.scanAttachmentId = q.text(15);
    c.createdAt = QDateTime::fromString(q.text(16), Qt::ISODateWithMs);
    c.createdBy = q.text(17);
    c.paperFormSha256 = q.text(18);
    return c;
}

bool isLanguageCode(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z]{2}$"));
    return shape.match(code).hasMatch() && QLocale::codeToLanguage(code, QLocale::ISO639Part1) != QLocale::AnyLanguage;
}

int ageOn(const QDate &birthDate, const QDate &day)
{
    int years = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --years;
    return years;
}

Error notFound()
{
    return Error(ErrorCode::NotFound, ConsentRegister::tr("There is no such consent."));
}

} // namespace

const QStringList &ConsentRegister::signers()
{
    static const QStringList list
        = { QStringLiteral("subject"), QStringLiteral("parent"), QStringLiteral("guardian"), QStringLiteral("nidos") };
    return list;
}

const QStringList &ConsentRegister::methods()
{
    static const QStringList list = { QStringLiteral("written"), QStringLiteral("signed_digitally") };
    return list;
}

QString ConsentRegister::signerLabel(const QString &signer)
{
    if (signer == QLatin1String("subject"))
        return tr("The person themselves");
    if (signer == QLatin1String("parent"))
        return tr("Parent");
    if (signer == QLatin1String("guardian"))
        return tr("Guardian");
    if (signer == QLatin1String("nidos"))
        return tr("Nidos (guardian of an unaccompanied minor)");
    return signer;
}

QString ConsentRegister::methodLabel(const QString &method)
{
    if (method == QLatin1String("written"))
        return tr("Written, on paper");
    if (method == QLatin1String("signed_digitally"))
        return tr("Signed digitally");
    return method;
}

Status ConsentRegister::validate(const Consent &c, const QDate &birthDate, const QString &ageBand, const QDate &today)
{
    QStringList problems;
    const QStringList purposes = c.purpose.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (purposes.size() > 1) {
        QStringList trimmed;
        for (const QString &p : purposes)
            trimmed.append(p.trimmed());
        if (trimmed.contains(QStringLiteral("registration")) && trimmed.contains(QStringLiteral("placement")))
            problems << tr("purpose: registration and placement need separate consents (shelter must never depend on agreeing to "
                           "registration)");
        else
            problems << tr("purpose: one consent names exactly one purpose");
    } else if (c.purpose.isEmpty()) {
        problems << tr("purpose: missing (one of %1)").arg(ConsentPurposes::all().join(QStringLiteral(", ")));
    } else if (!ConsentPurposes::isValid(c.purpose)) {
        problems
            << tr("purpose: unknown purpose %1 (one of %2)").arg(c.purpose, ConsentPurposes::all().join(QStringLiteral(", ")));
    } else if (ConsentPurposes::needsText(c.purpose) && c.purposeText.trimmed().isEmpty()) {
        problems << tr("describe the purpose \"%1\"").arg(ConsentPurposes::label(c.purpose));
    }

    if (c.scopes.isEmpty())
        problems << tr("choose at least one kind of data the person agreed to share");
    for (const QString &scope : c.scopes)
        if (!ConsentScopes::isValid(scope))
            problems << tr("scopes: unknown scope %1 (one of %2)").arg(scope, ConsentScopes::all().join(QStringLiteral(", ")));

    if (!methods().contains(c.method))
        problems << (c.method.isEmpty() ? tr("method: missing (written or signed_digitally)")
                                        : tr("method: unknown method %1 (written or signed_digitally)").arg(c.method));
    if (!signers().contains(c.signer))
        problems << tr("signer: unknown signer %1 (one of %2)").arg(c.signer, signers().join(QStringLiteral(", ")));
    if (!isLanguageCode(c.language))
        problems << tr("language: not an ISO 639-1 language code (two letters, such as nl or ro)");
    if (!c.paperFormSha256.isEmpty()) {
        static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
        if (!sha256.match(c.paperFormSha256).hasMatch())
            problems << tr("paper form: not a SHA-256 fingerprint");
        else if (c.method != QLatin1String("written"))
            problems << tr("paper form: a form signed on paper goes with the method \"written\"");
    }
    if (c.caseId.trimmed().isEmpty())
        problems << tr("case: missing");
    if (c.recipientId.trimmed().isEmpty())
        problems << tr("recipient: missing");

    const QDate validFrom = c.validFrom.isValid() ? c.validFrom : today;
    const QDate expires = c.expires.isValid() ? c.expires : defaultExpiry(validFrom);
    if (expires <= validFrom)
        problems << tr("the consent expires before it starts to hold");

    if (!problems.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("The consent is not valid: %1.").arg(problems.join(QStringLiteral("; "))));

    // From 16 the person signs; below 16 a parent or guardian. The signature was given at the
    // latest today, and not after the consent starts to hold.
    if (c.signer == QLatin1String("subject")) {
        const QDate signedOn = std::min(validFrom, today);
        bool under16 = false;
        if (birthDate.isValid())
            under16 = ageOn(birthDate, signedOn) < SelfSigningAge;
        else
            under16 = ageBand == QLatin1String("0_11") || ageBand == QLatin1String("12_15");
        if (under16)
            return Error(ErrorCode::Refused,
                tr("The person is younger than 16, so a parent, guardian or Nidos must sign the consent, not the person "
                   "themselves."));
    }
    return {};
}

Status ConsentRegister::checkScan(const QString &caseId, const QString &attachmentId) const
{
    auto q
        = m_db.prepare(QStringLiteral("SELECT c.id FROM case_attachments a JOIN cases c ON c.doc = a.case_doc WHERE a.id = ?"));
    if (!q)
        return q.error();
    q->bind(1, attachmentId.trimmed());
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::NotFound, tr("There is no such attachment."));
    if (q->text(0) != caseId)
        return Error(ErrorCode::InvalidInput, tr("The scan belongs to another case."));
    return {};
}

Result<Consent> ConsentRegister::add(Consent consent, const QDate &today)
{
    consent.purpose = consent.purpose.trimmed();
    consent.purposeText = consent.purposeText.trimmed();
    consent.language = consent.language.trimmed().toLower();
    consent.signer = consent.signer.trimmed();
    consent.method = consent.method.trimmed();
    QStringList scopes;
    for (const QString &s : consent.scopes)
        scopes.append(s.trimmed());
    consent.scopes = ConsentScopes::normalised(scopes);

    // The case first: the signer check needs its birth date.
    CaseRepository cases(m_db);
    QDate birthDate;
    QString ageBand;
    if (!consent.caseId.trimmed().isEmpty()) {
        auto found = cases.load(consent.caseId);
        if (!found)
            return found.error();
        consent.caseId = found->id;
        birthDate = found->birthDate;
        ageBand = found->ageBand;
    }
    if (auto st = validate(consent, birthDate, ageBand, today); !st)
        return st.error();
    auto recipient = ContactRepository(m_db).find(consent.recipientId);
    if (!recipient)
        return recipient.error();
    if (!consent.scanAttachmentId.isEmpty())
        if (auto st = checkScan(consent.caseId, consent.scanAttachmentId); !st)
            return st.error();

    if (!consent.validFrom.isValid())
        consent.validFrom = today;
    if (!consent.expires.isValid())
        consent.expires = defaultExpiry(consent.validFrom);
    consent.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    consent.createdAt = QDateTime::currentDateTimeUtc();
    consent.createdBy = AuditLog::currentActor();
    consent.withdrawnAt = QDateTime();
    consent.withdrawalNote.clear();

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO consents(id, case_id, recipient_id, purpose, purpose_text, scopes, signer, method, language, interpreter,"
        " told, valid_from, expires, scan_attachment_id, created_at, created_by, paper_form_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, consent.id)
        .bind(2, consent.caseId)
        .bind(3, consent.recipientId)
        .bind(4, consent.purpose)
        .bind(5, consent.purposeText)
        .bind(6, consent.scopes.join(QLatin1Char(',')))
        .bind(7, consent.signer)
        .bind(8, consent.method)
        .bind(9, consent.language)
        .bind(10, consent.interpreterUsed ? 1 : 0)
        .bind(11, consent.told)
        .bind(12, consent.validFrom)
        .bind(13, consent.expires)
        .bind(14, consent.scanAttachmentId.isEmpty() ? QVariant() : QVariant(consent.scanAttachmentId))
        .bind(15, consent.createdAt)
        .bind(16, consent.createdBy)
        .bind(17, consent.paperFormSha256.isEmpty() ? QVariant() : QVariant(consent.paperFormSha256));
    if (auto st = insert->run(); !st)
        return st.error();
    if (auto st = AuditLog(m_db).append(QStringLiteral("consent.added"), consent.caseId, consent.id); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return consent;
}

Result<Consent> ConsentRegister::find(const QString &consentId) const
{
    auto q = m_db.prepareCached(Columns + QStringLiteral("WHERE id = ?"));
    if (!q)
        return q.error();
    q->bind(1, consentId.trimmed());
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return notFound();
    return readConsent(q.value());
}

Result<QVector<Consent>> ConsentRegister::forCase(const QString &caseId) const
{
    auto q = m_db.prepareCached(Columns + QStringLiteral("WHERE case_id = ? ORDER BY created_at, rowid"));
    if (!q)
        return q.error();
    q->bind(1, caseId);
    QVector<Consent> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append(readConsent(q.value()));
    }
    return out;
}

Result<ConsentWithdrawal> ConsentRegister::withdraw(const QString &consentId, const QString &note, const QDateTime &at)
{
    auto found = find(consentId);
    if (!found)
        return found.error();
    Consent consent = found.value();
    if (consent.isWithdrawn())
        return Error(ErrorCode::InvalidInput,
            tr("This consent was withdrawn already on %1.")
                .arg(QLocale().toString(consent.withdrawnAt.toLocalTime().date(), QLocale::ShortFormat)));
    consent.withdrawnAt = (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toUTC();
    consent.withdrawalNote = note.trimmed();

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    auto update = m_db.prepare(
        QStringLiteral("UPDATE consents SET withdrawn_at = ?, withdrawal_note = ? WHERE id = ? AND withdrawn_at IS NULL"));
    if (!update)
        return update.error();
    update->bind(1, consent.withdrawnAt).bind(2, consent.withdrawalNote).bind(3, consent.id);
    if (auto st = update->run(); !st)
        return st.error();
    auto recipients = DisclosureRegister(m_db).recipientsUnderConsent(consent.id);
    if (!recipients)
        return recipients.error();
    if (auto st = AuditLog(m_db).append(QStringLiteral("consent.withdrawn"), consent.caseId, consent.id); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return ConsentWithdrawal { consent, recipients.value() };
}

Status ConsentRegister::attachScan(const QString &consentId, const QString &attachmentId)
{
    auto found = find(consentId);
    if (!found)
        return found.error();
    if (auto st = checkScan(found->caseId, attachmentId); !st)
        return st;
    auto update = m_db.prepare(QStringLiteral("UPDATE consents SET scan_attachment_id = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update->bind(1, attachmentId.trimmed()).bind(2, found->id);
    return update->run();
}

} // namespace vangnet
