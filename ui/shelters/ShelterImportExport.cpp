#include "shelters/ShelterImportExport.h"

#include "common/MessageBox.h"
#include "platform/AtomicFile.h"
#include "shelters/ShelterExportDialog.h"
#include "shelters/ShelterJson.h"
#include "shelters/ShelterRepository.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>

namespace vangnet {

Result<int> ShelterImportExport::importFile(Database &db, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)), f.errorString());
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(ErrorCode::InvalidInput, tr("The file is not valid JSON (at character %1).").arg(parseError.offset),
            parseError.errorString());
    QJsonArray array;
    if (doc.isArray())
        array = doc.array();
    else if (doc.isObject())
        array.append(doc.object());
    else
        return Error(ErrorCode::InvalidInput, tr("The file must hold a JSON array of shelters."));
    auto parsed = ShelterJson::fromJsonArray(array);
    if (!parsed)
        return parsed.error();
    auto ids = ShelterRepository(db).importAll(parsed.value());
    if (!ids)
        return ids.error();
    return int(ids->size());
}

Result<int> ShelterImportExport::exportFile(Database &db, const QString &path, bool includeAddresses)
{
    auto shelters = ShelterRepository(db).exportAll(includeAddresses);
    if (!shelters)
        return shelters.error();
    QJsonArray array;
    for (const Shelter &s : shelters.value())
        array.append(ShelterJson::toJson(s, includeAddresses));
    if (auto st = AtomicFile::writeAll(path, QJsonDocument(array).toJson(QJsonDocument::Indented)); !st)
        return st.error();
    return int(array.size());
}

bool ShelterImportExport::runImport(QWidget *parent, Database &db)
{
    const QString path
        = QFileDialog::getOpenFileName(parent, tr("Import shelters"), QString(), tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    const auto imported = importFile(db, path);
    if (!imported) {
        MessageBox::warning(parent, tr("Import shelters"), imported.error().message());
        return false;
    }
    MessageBox::information(parent, tr("Import shelters"), tr("%n shelter(s) imported or updated.", nullptr, imported.value()));
    return imported.value() > 0;
}

bool ShelterImportExport::runExport(QWidget *parent, Database &db)
{
    ShelterExportDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto exported = exportFile(db, dialog.path(), dialog.includeAddresses());
    if (!exported) {
        MessageBox::warning(parent, tr("Export shelters"), exported.error().message());
        return false;
    }
    MessageBox::information(parent, tr("Export shelters"),
        dialog.includeAddresses() ? tr(
            "%n shelter(s) exported with addresses. Keep the file encrypted and delete it when done.", nullptr, exported.value())
                                  : tr("%n shelter(s) exported without addresses.", nullptr, exported.value()));
    return true;
}

} // namespace vangnet
