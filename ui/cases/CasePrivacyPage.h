#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vangnet {

class Clock;
class Database;
class EraseCaseDialog;

// The case editor's "Privacy and retention" section (issue 16): how long the case is kept, in plain
// words; a legal hold set or lifted with its reason; and "Erase this case…", which asks for the case
// number to be typed (EraseCaseDialog) and is refused while a hold stands.
class CasePrivacyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasePrivacyPage)

public:
    explicit CasePrivacyPage(QWidget *parent = nullptr);
    void setCase(const QString &caseId, Database &db);
    void clear();
    // Tests: the clock for "today" (the retention end); the system clock otherwise.
    void setClock(const Clock *clock) { m_clock = clock; }
    EraseCaseDialog *eraseDialog() const;

Q_SIGNALS:
    // The case is gone: the editor closes it and the list refreshes.
    void caseErased(const QString &caseId);

private:
    void refresh();
    void setHold();
    void liftHold();
    void askErase();
    void erase(const QString &reason);
    const Clock &clock() const;

    QString m_caseId;
    QString m_number;
    Database *m_db = nullptr;
    const Clock *m_clock = nullptr;
    QLabel *m_retention;
    QLabel *m_holdState;
    QLineEdit *m_holdReason;
    QPushButton *m_setHold;
    QPushButton *m_liftHold;
    QLabel *m_eraseState;
    QPushButton *m_erase;
    QLabel *m_status;
    QPointer<EraseCaseDialog> m_dialog;
};

} // namespace vangnet
