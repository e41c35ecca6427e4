#include "domain/Phase.h"

#include "domain/Codes.h"

namespace vangnet {
namespace {
const QString kClosed = QStringLiteral("closed");
}

const QStringList &Phase::order()
{
    return Codes::all(CodeKind::Phase);
}

QStringList Phase::allowedTargets(const QString &from, const QString &previousPhase)
{
    if (from == kClosed)
        return previousPhase.isEmpty() ? QStringList() : QStringList { previousPhase };
    const QStringList &o = order();
    const qsizetype i = o.indexOf(from);
    if (i < 0)
        return {};
    QStringList out;
    const qsizetype last = o.size() - 2; // aftercare; "closed" is reached only with a reason
    if (i > 0)
        out.append(o.at(i - 1));
    if (i < last)
        out.append(o.at(i + 1));
    if (from == QLatin1String("intake"))
        out.append(QStringLiteral("placement"));
    if (from == QLatin1String("placement"))
        out.append(QStringLiteral("intake"));
    out.append(kClosed);
    out.removeDuplicates();
    return out;
}

bool Phase::needsReason(const QString &from, const QString &to)
{
    return to == kClosed || from == kClosed;
}

Status Phase::checkTransition(const QString &from, const QString &to, const QString &previousPhase, const QString &reason)
{
    if (!Codes::isValid(CodeKind::Phase, to))
        return Error(ErrorCode::InvalidInput, tr("Unknown phase. Allowed phases: %1.").arg(Codes::allowedText(CodeKind::Phase)));
    if (from == to)
        return Error(ErrorCode::InvalidInput, tr("The case is already in this phase."));
    const QStringList allowed = allowedTargets(from, previousPhase);
    if (!allowed.contains(to))
        return Error(ErrorCode::Refused,
            tr("This phase change is not allowed. From phase %1 the case can go to: %2.")
                .arg(from, allowed.isEmpty() ? tr("(none)") : allowed.join(QStringLiteral(", "))));
    if (needsReason(from, to) && reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
            to == kClosed ? tr("Closing a case requires a reason.") : tr("Reopening a case requires a reason."));
    return {};
}

} // namespace vangnet
