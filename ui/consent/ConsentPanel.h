#pragma once

#include "consent/ConsentEditorDialog.h"
#include "consent/Disclosure.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace vangnet {

class ConsentListModel;
class Database;

// The consent part of a case: the consents with their status, "what may be shared now and why"
// per recipient, the disclosure history, and the actions Add consent and Withdraw. Embeddable in
// the case editor: setCase(caseId, db) shows a case, clear() forgets it (on lock).
class ConsentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentPanel)

public:
    explicit ConsentPanel(QWidget *parent = nullptr);

    void setCase(const QString &caseId, Database &db);
    void clear();
    void reload();
    // Tests: the day the statuses are computed for.
    void setToday(const QDate &today);

    // The recipients listed after the last withdrawal.
    const QVector<DisclosureRecipient> &lastInformRecipients() const { return m_inform; }
    ConsentEditorDialog *editor() const { return m_editor; }

signals:
    void consentsChanged();

private:
    void addConsent();
    void withdrawSelected();
    void updateButtons();
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    Database *m_db = nullptr;
    QString m_caseId;
    QDate m_today;
    QVector<DisclosureRecipient> m_inform;
    QPointer<ConsentEditorDialog> m_editor;

    ConsentListModel *m_model = nullptr;
    QTableView *m_consents = nullptr;
    QTreeWidget *m_overview = nullptr;
    QTreeWidget *m_disclosures = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_withdraw = nullptr;
    QLabel *m_informLabel = nullptr;
};

} // namespace vangnet
