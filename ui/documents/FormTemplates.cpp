#include "FormTemplates.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace vangnet {
namespace {

constexpr qint64 MaxTemplateBytes = 256 * 1024;

Result<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::NotFound, FormTemplates::tr("The form %1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Runtime, FormTemplates::tr("The form %1 could not be read.").arg(path), file.errorString());
    if (file.size() > MaxTemplateBytes)
        return Error(ErrorCode::InvalidInput, FormTemplates::tr("The form %1 is too large to be a form.").arg(path));
    return QString::fromUtf8(file.readAll());
}

bool isLanguageCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}$"));
    return pattern.match(code).hasMatch();
}

} // namespace

QString FormTemplates::folder()
{
    const QString fromEnvironment = qEnvironmentVariable("VANGNET_FORMS_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../share/vangnet/forms");
}

QStringList FormTemplates::addedLanguages()
{
    QStringList out;
    const QDir dir(folder());
    for (const QString &entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (isLanguageCode(entry) && QFile::exists(dir.filePath(entry + QStringLiteral("/consent.html"))))
            out.append(entry);
    return out;
}

Result<QString> FormTemplates::load(const QString &name, const QString &language)
{
    if (!isLanguageCode(language))
        return Error(ErrorCode::InvalidInput, tr("%1 is not a language code (two letters, such as nl or en).").arg(language));
    const QString relative = language + QLatin1Char('/') + name + QStringLiteral(".html");
    const QString own = folder() + QLatin1Char('/') + relative;
    if (QFile::exists(own))
        return readText(own);
    const QString builtIn = QStringLiteral(":/forms/") + relative;
    if (QFile::exists(builtIn))
        return readText(builtIn);
    return Error(ErrorCode::NotFound,
        tr("There is no %1 form in the language \"%2\". Add %3 to the forms folder %4.")
            .arg(name, language, relative, QDir::toNativeSeparators(folder())));
}

QString FormTemplates::fill(QString form, const QHash<QString, QString> &text, const QHash<QString, QString> &html)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([A-Za-z]+)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(form);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(form).mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        if (html.contains(key))
            out += html.value(key);
        else
            out += text.value(key).toHtmlEscaped();
        last = m.capturedEnd();
    }
    out += QStringView(form).mid(last);
    return out;
}

} // namespace vangnet
