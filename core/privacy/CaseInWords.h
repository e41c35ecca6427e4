#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace vangnet {

struct Case;

// One fact as a person reads it: "Nationality" and "Romania", never a code or a JSON key.
struct LabelledValue
{
    QString label;
    QString value;
};

// A case's recorded fields in plain words, for the documents (access report, handover summary):
// the labels and values of CaseFieldLabels, in the order of the case JSON, leaving out what is not
// recorded and what is no data about the person (the case's UUID, computed hints). Notes and
// attachments are listed apart by their callers.
class CaseInWords
{
    Q_DECLARE_TR_FUNCTIONS(CaseInWords)

public:
    static QVector<LabelledValue> fields(const Case &c, const QDate &today = QDate::currentDate());
    // The same for a (filtered) case JSON, e.g. the part of a case a consent releases.
    static QVector<LabelledValue> fields(const QJsonObject &caseJson);
    static QJsonArray toJson(const QVector<LabelledValue> &values);
};

} // namespace vangnet
