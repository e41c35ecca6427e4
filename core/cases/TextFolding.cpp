#include "cases/TextFolding.h"

#include <QHash>

namespace vangnet {
namespace {

// Letters NFKD leaves alone (no canonical decomposition), already lower-cased.
const QHash<char32_t, QString> &specialFolds()
{
    static const QHash<char32_t, QString> map = {
        { U'ł', QStringLiteral("l") },
        { U'ø', QStringLiteral("o") },
        { U'đ', QStringLiteral("d") },
        { U'ß', QStringLiteral("ss") },
        { U'ẞ', QStringLiteral("ss") },
        { U'æ', QStringLiteral("ae") },
        { U'œ', QStringLiteral("oe") },
        { U'ı', QStringLiteral("i") },
        { U'þ', QStringLiteral("th") },
        { U'ð', QStringLiteral("d") },
        { U'ħ', QStringLiteral("h") },
        { U'ŧ', QStringLiteral("t") },
        { U'ŀ', QStringLiteral("l") },
        { U'ĸ', QStringLiteral("k") },
        { U'ŋ', QStringLiteral("n") },
        { U'ɨ', QStringLiteral("i") },
        { U'ƒ', QStringLiteral("f") },
        { U'ſ', QStringLiteral("s") },
        { U'ĳ', QStringLiteral("ij") },
    };
    return map;
}

} // namespace

QString TextFolding::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    const auto &special = specialFolds();
    for (const char32_t c : decomposed.toUcs4()) {
        const QChar::Category cat = QChar::category(c);
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        const char32_t lower = QChar::toLower(c);
        if (const auto it = special.constFind(lower); it != special.constEnd()) {
            out += it.value();
            continue;
        }
        // toCaseFolded also folds final sigma and similar.
        const char32_t folded = QChar::toCaseFolded(lower);
        if (QChar::requiresSurrogates(folded)) {
            out += QChar(QChar::highSurrogate(folded));
            out += QChar(QChar::lowSurrogate(folded));
        } else {
            out += QChar(static_cast<char16_t>(folded));
        }
    }
    return out;
}

QStringList TextFolding::tokens(const QString &text)
{
    const QString folded = fold(text);
    QStringList out;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            current += c;
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QString TextFolding::nameKey(const QString &text)
{
    QStringList t = tokens(text);
    t.sort();
    return t.join(QLatin1Char(' '));
}

} // namespace vangnet
