#include "domain/InputLimits.h"

namespace vangnet {
namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// Characters that reorder what a terminal or a list shows (Trojan Source style spoofing).
bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

} // namespace

bool InputLimits::isSingleLine(const QString &text)
{
    for (const QChar ch : text)
        if (isControl(ch.unicode()) || isBidiControl(ch.unicode()))
            return false;
    return true;
}

bool InputLimits::isMultiLine(const QString &text)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'\n' || c == u'\r' || c == u'\t')
            continue;
        if (isControl(c) || isBidiControl(c))
            return false;
    }
    return true;
}

QString InputLimits::printable(const QString &text, bool keepNewlines)
{
    QString out = text;
    for (QChar &ch : out) {
        const char16_t c = ch.unicode();
        if (keepNewlines && (c == u'\n' || c == u'\t'))
            continue;
        if (isControl(c) || isBidiControl(c))
            ch = QChar(0xfffd);
    }
    return out;
}

QString InputLimits::joinProblems(const QStringList &problems)
{
    if (problems.size() <= MaxReportedProblems)
        return problems.join(QStringLiteral("; "));
    return problems.mid(0, MaxReportedProblems).join(QStringLiteral("; ")) + QStringLiteral("; ")
        + tr("and %n more", nullptr, int(problems.size() - MaxReportedProblems));
}

} // namespace vangnet
