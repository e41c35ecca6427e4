#include "crypto/PassphrasePolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <cmath>

namespace vangnet {
namespace {

const QSet<QString> &commonPasswords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(":/vangnet/core/common-passwords.txt"));
        if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine()).trimmed().toLower();
                if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                    set.insert(line);
            }
        }
        return set;
    }();
    return words;
}

// Rows and runs a person slides a finger along.
const QStringList &sequences()
{
    static const QStringList list = {
        QStringLiteral("abcdefghijklmnopqrstuvwxyz"),
        // Doubled below, so the wrap "…8901…" and the keyboard row "1234567890" are both covered;
        // a trailing 0 here would make the doubled run "…8900…" and let "123456789012" through.
        QStringLiteral("0123456789"),
        QStringLiteral("qwertyuiop"),
        QStringLiteral("asdfghjkl"),
        QStringLiteral("zxcvbnm"),
        QStringLiteral("azertyuiop"),
        QStringLiteral("qsdfghjklm"),
        QStringLiteral("wxcvbn"),
        QStringLiteral("qwertzuiop"),
        QStringLiteral("yxcvbnm"),
        // Whole layouts row after row: a walk that runs on into the next row ("qwertyuiopasdf").
        QStringLiteral("qwertyuiopasdfghjklzxcvbnm"),
        QStringLiteral("azertyuiopqsdfghjklmwxcvbn"),
        QStringLiteral("qwertzuiopasdfghjklyxcvbnm"),
        QStringLiteral("1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"),
        QStringLiteral("qazwsxedcrfvtgbyhnujmikolp"),
        QStringLiteral("!@#$%^&*()_+"),
    };
    return list;
}

bool isOneRepeatedUnit(const QString &s, int maxUnit = 4)
{
    // "aaaaaaaaaaaa", "abcabcabcabc", "ab12ab12ab12": a unit repeated is no stronger than the unit.
    for (int unit = 1; unit <= maxUnit && unit * 2 <= s.size(); ++unit) {
        bool repeats = true;
        for (int i = unit; i < s.size() && repeats; ++i)
            repeats = s.at(i) == s.at(i % unit);
        if (repeats)
            return true;
    }
    return false;
}

bool isSequence(const QString &s)
{
    // Along a keyboard row or the alphabet, forwards or backwards, possibly wrapping round.
    for (const QString &seq : sequences()) {
        const QString doubled = seq + seq;
        QString reversed = doubled;
        std::reverse(reversed.begin(), reversed.end());
        if (doubled.contains(s) || reversed.contains(s))
            return true;
    }
    // Constant step in code points: "13579111315" is caught piecewise below, "acegikmoqsuw" here.
    if (s.size() >= 3) {
        const int step = s.at(1).unicode() - s.at(0).unicode();
        bool constant = std::abs(step) <= 2;
        for (int i = 2; i < s.size() && constant; ++i)
            constant = s.at(i).unicode() - s.at(i - 1).unicode() == step;
        if (constant)
            return true;
    }
    return false;
}

QString stripDecoration(const QString &s)
{
    // "Password2024!" is "password" with the decoration people add to satisfy rules.
    QString core = s;
    while (!core.isEmpty() && !core.back().isLetter())
        core.chop(1);
    while (!core.isEmpty() && !core.front().isLetter())
        core.remove(0, 1);
    return core;
}

QString leet(QString s)
{
    s.replace(QLatin1Char('0'), QLatin1Char('o'))
        .replace(QLatin1Char('1'), QLatin1Char('i'))
        .replace(QLatin1Char('3'), QLatin1Char('e'))
        .replace(QLatin1Char('4'), QLatin1Char('a'))
        .replace(QLatin1Char('5'), QLatin1Char('s'))
        .replace(QLatin1Char('7'), QLatin1Char('t'))
        .replace(QLatin1Char('@'), QLatin1Char('a'))
        .replace(QLatin1Char('$'), QLatin1Char('s'));
    return s;
}

} // namespace

Status PassphrasePolicy::check(const QString &passphrase)
{
    const QString p = passphrase.normalized(QString::NormalizationForm_C);
    const auto refuse = [](const QString &why) { return Error(ErrorCode::InvalidInput, why); };

    const qsizetype length = p.toUcs4().size();
    if (length < MinimumLength)
        return refuse(QCoreApplication::translate("PassphrasePolicy",
            "The passphrase is too short: use at least %1 characters (this one has %2). Several unrelated words are easy to "
            "remember and hard to guess.")
                          .arg(MinimumLength)
                          .arg(length));

    const QString lower = p.toLower();
    QString compact = lower;
    compact.remove(QLatin1Char(' '));
    if (isOneRepeatedUnit(compact))
        return refuse(
            QCoreApplication::translate("PassphrasePolicy", "The passphrase repeats the same character or a short pattern."));
    if (isSequence(compact))
        return refuse(QCoreApplication::translate("PassphrasePolicy", "The passphrase is a keyboard or number sequence."));

    const QSet<QString> &common = commonPasswords();
    const QString stripped = stripDecoration(compact);
    // leet(stripped) as well: decoration digits turn into letters under leet ("p4ssw0rd!2024").
    if (common.contains(compact) || common.contains(stripped) || common.contains(leet(compact))
        || common.contains(stripDecoration(leet(compact))) || common.contains(leet(stripped))
        || (!stripped.isEmpty() && (isOneRepeatedUnit(stripped, int(stripped.size() / 2)) || isSequence(stripped))
            && stripped.size() * 2 >= compact.size()))
        return refuse(QCoreApplication::translate("PassphrasePolicy",
            "The passphrase is a common password, or one with a few characters added. Such lists are the first thing an attacker "
            "tries."));
    return {};
}

int PassphrasePolicy::estimatedBits(const QString &passphrase)
{
    if (!check(passphrase))
        return 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : passphrase) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    // Discount repeated characters: count distinct characters more than total length.
    QSet<QChar> distinct(passphrase.cbegin(), passphrase.cend());
    const double effectiveLength = (passphrase.size() + 2.0 * distinct.size()) / 3.0;
    return static_cast<int>(effectiveLength * std::log2(std::max(pool, 2)));
}

PassphrasePolicy::Strength PassphrasePolicy::strength(const QString &passphrase)
{
    const int bits = estimatedBits(passphrase);
    if (bits == 0)
        return Strength::Refused;
    if (bits < 60)
        return Strength::Fair;
    if (bits < 80)
        return Strength::Good;
    return Strength::Strong;
}

} // namespace vangnet
