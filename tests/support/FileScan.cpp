#include "FileScan.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>

namespace vangnet::test {

QStringList filesContaining(const QString &folder, const QByteArray &marker)
{
    const QByteArray utf16 = QByteArray(reinterpret_cast<const char *>(QString::fromUtf8(marker).utf16()), marker.size() * 2);
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        if (data.contains(marker) || data.contains(utf16))
            hits.append(path);
    }
    return hits;
}

QMap<QString, QByteArray> folderSnapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    const QDir base(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QByteArray digest = "unreadable";
        if (f.open(QIODevice::ReadOnly)) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&f);
            digest = hash.result().toHex();
        }
        files.insert(base.relativeFilePath(path), digest);
    }
    return files;
}

} // namespace vangnet::test
