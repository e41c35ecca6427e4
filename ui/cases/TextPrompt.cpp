#include "cases/TextPrompt.h"

#include <QInputDialog>

namespace vangnet {
namespace {

struct Pending
{
    bool set = false;
    std::optional<QString> answer;
    QString lastLabel;
};

Pending &pending()
{
    static Pending p;
    return p;
}

} // namespace

std::optional<QString> TextPrompt::ask(
    QWidget *parent, const QString &title, const QString &label, bool multiLine, const QString &initial)
{
    Pending &p = pending();
    p.lastLabel = label;
    if (p.set) {
        p.set = false;
        std::optional<QString> answer = std::move(p.answer);
        p.answer.reset();
        if (answer)
            return answer->trimmed();
        return std::nullopt;
    }
    bool ok = false;
    const QString text = multiLine ? QInputDialog::getMultiLineText(parent, title, label, initial, &ok)
                                   : QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text.trimmed();
}

void TextPrompt::setNextAnswer(std::optional<QString> answer)
{
    pending().set = true;
    pending().answer = std::move(answer);
}

QString TextPrompt::lastLabel()
{
    return pending().lastLabel;
}

} // namespace vangnet
