#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace vangnet {

// One case file as docs/domain.md describes it. Codes are the stable identifiers of domain/Codes.h;
// an empty string or an invalid QDate means "not recorded". The JSON form is core/cases/CaseJson.h.

struct Perpetrator
{
    QString alias;
    QString relation; // CodeKind::PerpetratorRelation
    QStringList knownAreas; // free text (towns, regions)
    bool knowsLocation = false;
    bool activelySearching = false;
    bool operator==(const Perpetrator &) const = default;
};

struct ThreatAssessment
{
    QString instrument; // free text: the screening instrument used
    QString code; // CodeKind::ThreatCode
    QString reviewer;
    QDate reviewDate; // next review due
    bool perpetratorSearching = false;
    bool perpetratorKnowsLocation = false;
    bool policeProtection = false;
    bool operator==(const ThreatAssessment &) const = default;
};

struct CaseTask
{
    QString kind; // CodeKind::TaskKind
    QDate due;
    QString owner;
    bool done = false;
    bool operator==(const CaseTask &) const = default;
};

struct CaseNote
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString author;
    QString text;
};

struct AttachmentInfo
{
    QString id; // UUID
    QString caseId;
    QString fileName;
    QString mediaType; // application/pdf, image/png, image/jpeg, image/tiff
    qint64 size = 0;
    QDateTime addedAt;
    QString addedBy;
};

struct Case
{
    // Assigned by the repository.
    QString id; // UUID without braces
    QString number; // VN-YYYY-NNNN
    QDateTime createdAt;
    QDateTime updatedAt;
    QString previousPhase; // the phase before "closed" (for reopening)
    QString phaseReason; // reason given with the last close or reopen

    QString phase = QStringLiteral("signal");
    QString coordinator; // owner (free text, e.g. the coordinator's account name)
    QString region; // the coordinator's region (free text)

    // Identity
    QString givenName;
    QString familyName;
    QStringList aliases;
    QDate birthDate;
    QString ageBand; // CodeKind::AgeBand, when the birth date is unknown
    QString gender; // CodeKind::Gender
    QString nationality; // ISO 3166-1 alpha-2
    QString countryOfBirth; // ISO 3166-1 alpha-2
    QStringList languages; // ISO 639-1
    bool interpreterNeeded = false;
    QString phone;

    bool minor = false;
    bool unaccompaniedMinor = false;
    QString legalRepresentative; // CodeKind::LegalRepresentative

    QString residenceStatus; // CodeKind::ResidenceStatus
    QDate reflectionStart; // B8 reflection period: at most three months
    QDate reflectionEnd;

    QStringList exploitationForms; // CodeKind::ExploitationForm
    QString sector;
    QString exploitationRegion;
    QDate exploitationFrom;
    QDate exploitationTo;

    QString reporterType; // CodeKind::ReporterType
    QString policeStatus; // CodeKind::PoliceStatus
    QString dossierType; // CodeKind::DossierType

    QStringList needs; // CodeKind::Need
    int childrenCount = 0;
    QList<int> childrenAges;
    QString pets; // free text; empty: no pets

    QVector<Perpetrator> perpetrators;
    ThreatAssessment threat;
    QVector<CaseTask> tasks;

    // Read from case_notes; appended with CaseRepository::addNote.
    QVector<CaseNote> notes;

    // Days left in the reflection period on `today` (negative when over); nullopt without an end date.
    std::optional<int> reflectionDaysLeft(const QDate &today = QDate::currentDate()) const
    {
        if (!reflectionEnd.isValid())
            return std::nullopt;
        return int(today.daysTo(reflectionEnd));
    }
};

} // namespace vangnet
