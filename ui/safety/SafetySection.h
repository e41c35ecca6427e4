#pragma once

#include "safety/IncidentDialog.h"
#include "shell/Section.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace vangnet {

class IncidentListModel;
class RefreshWhenShown;
class OpenRisksModel;

// The main window's "Safety" section: the team's staff-safety incidents (list, record, edit,
// close) and the open-risks overview (open incidents and cases with visit rules, newest first).
// On clear() (lock) an editor with unsaved changes is written to the vault's drafts table while
// the vault is still open; after the next unlock the draft is offered back.
class SafetySection final : public QWidget, public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafetySection)

public:
    explicit SafetySection(QWidget *parent = nullptr);
    ~SafetySection() override;

    QString title() const override;
    QIcon icon() const override;
    QString summary() const override;
    QString helpPage() const override;
    QWidget *widget() override { return this; }
    void vaultOpened(Vault &vault) override;
    void clear() override;

    static QString draftKind() { return QStringLiteral("incident"); }

    // The editor, while one is open (tests).
    IncidentDialog *editor() const { return m_editor; }
    IncidentListModel *incidentModel() const { return m_incidents; }
    OpenRisksModel *risksModel() const { return m_risks; }

    void newIncident();
    void editSelected();
    void closeSelected();
    void reload();

private:
    void openEditor(IncidentDialog *dialog);
    void saveEditor();
    void offerDrafts();
    void showError(const QString &message);

    Vault *m_vault = nullptr;
    RefreshWhenShown *m_refresh; // reload() when the section is shown (at unlock: only if it is)
    IncidentListModel *m_incidents;
    OpenRisksModel *m_risks;
    QTableView *m_incidentView;
    QTableView *m_riskView;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_closeButton;
    QLabel *m_status;
    QPointer<IncidentDialog> m_editor;
};

} // namespace vangnet
