#pragma once

#include <QStringList>

class QLabel;
class QWidget;

namespace vangnet {

// Messages that come and go keep their room, so a form does not move while the user types: a
// warning appearing under a field would otherwise push every field below it down (and, on a page
// centred in the window, pull those above it up).
class ReservedSpace
{
public:
    // The label keeps the height of `lines` lines of its text (with its style's padding) whether it is
    // shown, hidden or empty; a longer message still gets the room it needs.
    static void forLabel(QLabel *label, int lines = 1);
    // The height `label` needs at `width` to show the longest of `texts` (the messages it can show).
    // A widget whose width changes calls this from its resizeEvent and sets it as the label's minimum
    // height: then no message of the list moves the form, at any window width.
    static int heightFor(const QLabel *label, const QStringList &texts, int width);
    // The widget keeps its place in the layout while hidden (a busy bar).
    static void whenHidden(QWidget *widget);
};

} // namespace vangnet
