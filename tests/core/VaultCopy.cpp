#include "VaultCopy.h"

#include "TestVault.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>

namespace vangnet::test {

namespace {

struct Template
{
    QString folder;
    QString recoveryKey;
};
Template g_templates[2];

} // namespace

// Reads every row of every table, as an export or a backup would.
Status readEverything(Database &db)
{
    QStringList tables;
    {
        auto stmt = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        if (!stmt)
            return stmt.error();
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            tables.append(stmt->text(0));
        }
    }
    for (const QString &table : tables) {
        auto stmt = db.prepare(QStringLiteral("SELECT * FROM \"") + table + QLatin1Char('"'));
        if (!stmt)
            return stmt.error();
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
        }
    }
    return {};
}

const char *codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Runtime:
        return "Runtime";
    case ErrorCode::InvalidInput:
        return "InvalidInput";
    case ErrorCode::CannotUnlock:
        return "CannotUnlock";
    case ErrorCode::Refused:
        return "Refused";
    case ErrorCode::Integrity:
        return "Integrity";
    case ErrorCode::InUse:
        return "InUse";
    case ErrorCode::NotFound:
        return "NotFound";
    case ErrorCode::AlreadyExists:
        return "AlreadyExists";
    case ErrorCode::Cancelled:
        return "Cancelled";
    }
    return "?";
}

VaultCopy::VaultCopy(int which, bool open)
    : m_recoveryKey(g_templates[which].recoveryKey)
{
    QDir().mkpath(folder());
    const QDir from(g_templates[which].folder);
    for (const QString &name : from.entryList(QDir::Files | QDir::Hidden))
        QFile::copy(from.filePath(name), folder() + QLatin1Char('/') + name);
    if (open)
        reopen();
}

bool VaultCopy::reopen()
{
    m_vault.reset();
    auto opened = Vault::open(folder(), testPassphrase());
    if (!opened)
        return false;
    m_vault = std::move(opened.value());
    return true;
}

Status VaultCopy::makeTemplates(const QString &folder)
{
    for (int i = 0; i < 2; ++i) {
        g_templates[i].folder = folder + QStringLiteral("/template%1").arg(i);
        auto created = Vault::create(g_templates[i].folder, testPassphrase(), fastKdf());
        if (!created)
            return created.error();
        g_templates[i].recoveryKey = created->recoveryKey;
    }
    return {};
}

QString VaultCopy::templateRecoveryKey(int which)
{
    return g_templates[which].recoveryKey;
}

} // namespace vangnet::test
