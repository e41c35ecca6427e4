#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace vangnet {

struct Case;
class Database;

// One fact as a person reads it: "Nationality" and "Romania", never a code or a JSON key.
struct LabelledValue
{
    QString label;
    QString value;
};

// A case's recorded fields in plain words, for the documents (access report, handover summary):
// the labels and values of CaseFieldLabels, in the order of the case JSON, leaving out what is not
// recorded and what is no data about the person (the case's UUID, computed hints); its notes and
// the names of its attachments apart.
class CaseInWords
{
    Q_DECLARE_TR_FUNCTIONS(CaseInWords)

public:
    static QVector<LabelledValue> fields(const Case &c, const QDate &today = QDate::currentDate());
    // The same for a (filtered) case JSON, e.g. the part of a case a consent releases.
    static QVector<LabelledValue> fields(const QJsonObject &caseJson);
    // The notes: date and author as label, the note as value.
    static QVector<LabelledValue> notes(const Case &c);
    // The file names of the case's stored scans and documents.
    static Result<QStringList> attachmentNames(Database &db, const QString &caseId);
    static QJsonArray toJson(const QVector<LabelledValue> &values);
};

} // namespace vangnet
