#pragma once

#include <QObject>

class QWidget;

namespace vangnet {

// Completes what assistive technology (screen readers, voice control) learns of every control, as each
// widget is shown, so that no screen needs a line per field: an input, button or table without an
// accessible name takes it from its label (a buddy anywhere in the window, or the label before it in
// its layout), its placeholder or its tool tip; one without a description is told where it is ("In
// Person › Cases"). It also keeps the keyboard moving: Tab leaves text boxes and tables instead of
// typing a tab or moving between cells. A name or description set by hand always wins.
class AccessibleWidgets final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessibleWidgets)

public:
    // Installs the completion on the application once; later calls do nothing.
    static void install();
    // Completes one widget now (install() does this whenever a widget is shown).
    static void complete(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit AccessibleWidgets(QObject *parent);
};

} // namespace vangnet
