#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace vangnet {

// A case field as a coordinator names it: the label of each key of the case JSON (core/cases/CaseJson.h,
// plus the export's derived keys) and its value in words: codes as their labels, dates in the UI form,
// yes/no, and perpetrators, threat and tasks spelled out. Used wherever data is shown before it leaves
// or after it arrives (export preview, import review, CLI).
class CaseFieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(CaseFieldLabels)

public:
    // "Nationality" for "nationality"; a key this table does not know is "Other data".
    static QString label(const QString &key);
    // "Turkey" for nationality "TR", "31-03-2026" for a date, "Yes"/"No", "not recorded" for null.
    static QString valueText(const QString &key, const QJsonValue &value);
    // "Nationality: Turkey".
    static QString fieldText(const QString &key, const QJsonValue &value);
};

} // namespace vangnet
