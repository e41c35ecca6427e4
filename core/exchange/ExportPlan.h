#pragma once

#include "exchange/Contact.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace vangnet {

// One case that will leave, with exactly the data that leaves.
struct PlannedCase
{
    QString caseId;
    QString number;
    QString consentId; // external: the consent relied on; team: empty
    QStringList scopes; // external: the consent's scopes; team: empty (the whole case)
    QJsonObject data; // team: CaseJson::toJson; external: ConsentPolicy::filter
    QJsonArray history; // team: every case_history row (changeId, at, actor, field, old, new)
    QStringList attachmentIds; // team: the case's attachments
    QJsonArray attachments; // team: their metadata (id, fileName, mediaType, size, addedAt, addedBy)
    QStringList notes; // translated remarks for the screen only, never written into the bundle
};

// A case that stays behind, and why (translated).
struct HeldBackCase
{
    QString caseId;
    QString number;
    QString reason;
};

// What an export will write: the preview shown before anything leaves (CLI --dry-run, the wizard's
// preview page) and the input of BundleExporter.
struct ExportPlan
{
    Contact recipient;
    QString kind; // team | external
    QString purpose; // handover (team) or a ConsentPurposes code
    QString purposeText;
    QDate today;
    QVector<PlannedCase> included;
    QVector<HeldBackCase> heldBack;

    bool isEmpty() const { return included.isEmpty(); }

    // Each case is decided on its own, so the plan for a list of cases is the plans for its parts one
    // after the other: a caller that plans in batches (to show progress) appends them.
    void append(const ExportPlan &more)
    {
        included += more.included;
        heldBack += more.heldBack;
    }
};

} // namespace vangnet
