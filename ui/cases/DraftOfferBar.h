#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace vangnet {

// "Unsaved changes to this case were kept …  [Restore] [Discard]" above the case form, when the case
// just opened has a draft (kept when the user switched to another case). Offered in place, never as
// a question that stops the switch.
class DraftOfferBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftOfferBar)

public:
    explicit DraftOfferBar(QWidget *parent = nullptr);

    void offer(const QDateTime &savedAt);

Q_SIGNALS:
    void restoreRequested();
    void discardRequested();

private:
    QLabel *m_text;
    QPushButton *m_restore;
    QPushButton *m_discard;
};

} // namespace vangnet
