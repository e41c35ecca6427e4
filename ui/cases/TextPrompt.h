#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace vangnet {

// Asks for one line or a few lines of text (the reason for closing a case, a filter's name). Like
// MessageBox it is a seam: a test sets the next answer instead of blocking on a modal dialog.
class TextPrompt
{
public:
    // nullopt when cancelled; the text is trimmed.
    static std::optional<QString> ask(
        QWidget *parent, const QString &title, const QString &label, bool multiLine = false, const QString &initial = {});

    // Tests: the next prompt is not shown and returns `answer` (nullopt: cancelled).
    static void setNextAnswer(std::optional<QString> answer);
    static QString lastLabel();
};

} // namespace vangnet
