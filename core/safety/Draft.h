#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace vangnet {

// Unsaved edits kept encrypted in the vault across a lock: which editor (kind, e.g. "incident"),
// which record (key, e.g. an id, or "new"), and the editor's own JSON form of its fields.
struct Draft
{
    QString kind;
    QString key;
    QJsonObject json;
    QDateTime savedAt; // UTC
};

} // namespace vangnet
