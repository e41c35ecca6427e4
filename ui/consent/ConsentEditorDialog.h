#pragma once

#include "consent/Consent.h"

#include <QDate>
#include <QDialog>
#include <QMap>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace vangnet {

class AddContactDialog;
class CodeCombo;
class Database;

// Records a new consent for one case: recipient (from the contacts), one purpose, the scopes as
// check boxes grouped with a plain line each (whereabouts only after a second confirmation naming the
// recipient), signer, method, language and interpreter, what the person was
// told, valid from and expiry. A recipient who is not a contact yet is added from their card here. The form is checked as it is
// filled in (ConsentRegister::validate); OK stores through ConsentRegister::add, whose refusal is shown in the dialog.
class ConsentEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentEditorDialog)

public:
    ConsentEditorDialog(
        Database &db, const QString &caseId, QWidget *parent = nullptr, const QDate &today = QDate::currentDate());

    // The form's content as a consent (not yet stored).
    Consent draft() const;
    // The stored consent after OK.
    const Consent &stored() const { return m_stored; }
    // The current inline message; empty when the form is valid.
    QString problem() const;
    // The add-contact dialog opened from here (tests).
    AddContactDialog *addContactDialog() const;
    // The language the consent form is written in: the one the person was informed in when Vangnet
    // has a form for it, else the screen's.
    QString formLanguage() const;

Q_SIGNALS:
    // The consent form was saved as a PDF (tests).
    void formSaved(const QString &path);

public slots:
    void accept() override;

private:
    void revalidate();
    // Keeps the chosen recipient, or chooses `select`.
    void loadContacts(const QString &select = QString());
    void addContact();
    QWidget *buildScopes();
    // Asks before the whereabouts go to the chosen recipient; a "no" unticks them.
    void confirmWhereabouts(bool recipientChanged);
    // The consent form of the draft, saved as a PDF or printed (ConsentFormDocument).
    void makeForm(bool print);
    // What the printed form says; a saved form stays the signed one only while this is unchanged.
    QString formKey() const;

    Database &m_db;
    QString m_caseId;
    QDate m_today;
    QDate m_birthDate;
    QString m_ageBand;
    bool m_expiryEdited = false;
    Consent m_stored;

    QComboBox *m_recipient = nullptr;
    QPushButton *m_addRecipient = nullptr;
    QPointer<AddContactDialog> m_addDialog;
    QComboBox *m_purpose = nullptr;
    QLineEdit *m_purposeText = nullptr;
    QMap<QString, QCheckBox *> m_scopes;
    QComboBox *m_signer = nullptr;
    QComboBox *m_method = nullptr;
    CodeCombo *m_language = nullptr;
    QCheckBox *m_interpreter = nullptr;
    QPlainTextEdit *m_told = nullptr;
    QDateEdit *m_validFrom = nullptr;
    QDateEdit *m_expires = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_formPdf = nullptr;
    QPushButton *m_formPrint = nullptr;
    QCheckBox *m_paperForm = nullptr; // signed on the form saved from here
    QString m_formSha256; // of the last form saved as a PDF
    QString m_formSavedKey; // formKey() when it was saved
};

} // namespace vangnet
