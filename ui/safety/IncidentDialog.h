#pragma once

#include "safety/Incident.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace vangnet {

class CasePicker;
class Vault;

// Records or edits one staff-safety incident. Opened window-modal (open(), not exec()) so that a
// lock can take it away; its unsaved fields then go to the vault as a draft (draftJson()) and come
// back after unlock (restoreDraft()). The linked case is picked by number or name (CasePicker) and
// shown by its number. The form scrolls when the screen is short; Save and Cancel stay in view.
class IncidentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentDialog)

public:
    // vault: where the linked case is searched (on a reader connection) and its number read; null
    // in tests of the form alone.
    explicit IncidentDialog(Vault *vault, QWidget *parent = nullptr);

    void setIncident(const Incident &incident);
    // The form's current content (id and timestamps from setIncident()).
    Incident incident() const;
    bool isModified() const;

    // The draft key: the incident's id, or "new".
    QString draftKey() const;
    QJsonObject draftJson() const;
    void restoreDraft(const QJsonObject &json);

    void accept() override;

private:
    static void fillCombo(QComboBox *combo, int kind);
    static void selectCode(QComboBox *combo, const QString &code);
    QString caseNumber(const QString &caseId) const;

    Vault *m_vault;
    Incident m_original;
    QDateEdit *m_date;
    QComboBox *m_setting;
    QComboBox *m_type;
    QComboBox *m_source;
    QComboBox *m_status;
    QPlainTextEdit *m_description;
    CasePicker *m_case;
    QLineEdit *m_staffMember;
    QCheckBox *m_policeReport;
    QLineEdit *m_policeReference;
    QPlainTextEdit *m_consequences;
    QPlainTextEdit *m_aftercare;
    QPlainTextEdit *m_measures;
    QLabel *m_error;
};

} // namespace vangnet
