#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace vangnet {

class Database;

// The registry as a JSON file (docs/CLI-SHELTERS.md): import validates every shelter and stores all
// or none; export leaves addresses and references out unless asked, and both kinds are audited by
// ShelterRepository::exportAll.
class ShelterImportExport
{
    Q_DECLARE_TR_FUNCTIONS(ShelterImportExport)

public:
    // Returns the number of shelters imported.
    static Result<int> importFile(Database &db, const QString &path);
    // Writes atomically; returns the number of shelters exported.
    static Result<int> exportFile(Database &db, const QString &path, bool includeAddresses);

    // Interactive: choose a file, import, report. True when something was imported.
    static bool runImport(QWidget *parent, Database &db);
    // Interactive: ShelterExportDialog (file + "include addresses" with its confirmation), export, report.
    static bool runExport(QWidget *parent, Database &db);
};

} // namespace vangnet
