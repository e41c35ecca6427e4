#pragma once

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

namespace vangnet {

class CodeCheckList;
class Database;

// Adds or edits one shelter: every field of the registry, codes as combo boxes and checkable lists
// with translated labels. Validation is ShelterJson's own, and each message is shown under its field.
//
// The address and reference of an existing shelter are not loaded: "Reveal address…" asks first,
// then reads them through ShelterRepository::revealAddress (recorded in the audit log). Saving never
// needs them: without a reveal the stored ones are kept.
class ShelterEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShelterEditorDialog)

public:
    explicit ShelterEditorDialog(Database &db, QWidget *parent = nullptr);

    // An empty form for a new shelter (availability confirmed today).
    void newShelter();
    // Loads a shelter without its address; false when it cannot be read (the message is shown).
    bool openShelter(const QString &id);

    // Asks for confirmation (MessageBox), then reveals the stored address and reference. True when shown.
    bool revealAddress();
    bool isAddressRevealed() const { return m_revealed; }
    // Validates and stores. True on success (shelterId() then holds the id).
    bool save();

    QString shelterId() const { return m_id; }
    bool isNew() const { return m_id.isEmpty(); }
    // The form in ShelterJson's form; "address"/"reference" only when new or revealed.
    QJsonObject formJson() const;
    // The inline message shown for a field key ("name", "freeBeds"); empty when none.
    QString problemText(const QString &key) const;
    void setToday(const QDate &today) { m_today = today; }

    void accept() override;

Q_SIGNALS:
    void saved(const QString &shelterId);

private:
    QWidget *buildShelterTab();
    QWidget *buildBedsTab();
    QWidget *buildAdmissionTab();
    QWidget *buildCareTab();
    QWidget *buildAddressTab();
    // A field with its inline message beneath it, remembered for showProblems().
    QWidget *withProblem(QWidget *field, const QString &key, int tab);
    void showProblems(const QString &message);
    void clearProblems();
    void updateAuthority();
    void updateAddressFields();
    void confirmAvailabilityToday();
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    Database &m_db;
    QString m_id;
    QString m_loadedConfidentiality;
    bool m_revealed = false;
    bool m_loading = false;
    QDate m_today;

    QTabWidget *m_tabs;
    QLabel *m_generalError;
    QLineEdit *m_name;
    QComboBox *m_type;
    QComboBox *m_level;
    QComboBox *m_confidentiality;
    QLineEdit *m_region;
    QComboBox *m_authority;
    QLabel *m_authorityNote;
    QPlainTextEdit *m_notes;
    QSpinBox *m_capacity;
    QSpinBox *m_freeBeds;
    QCheckBox *m_asOfKnown;
    QDateEdit *m_asOf;
    QSpinBox *m_maxStay;
    CodeCheckList *m_genders;
    QSpinBox *m_minAge;
    QSpinBox *m_maxAge;
    CodeCheckList *m_statuses;
    QCheckBox *m_children;
    QCheckBox *m_pets;
    CodeCheckList *m_languages;
    CodeCheckList *m_specialisms;
    QStackedWidget *m_addressPages;
    QPushButton *m_revealButton;
    QLineEdit *m_address;
    QLineEdit *m_reference;
    QLabel *m_addressNote;
    QPushButton *m_saveButton;

    QHash<QString, QLabel *> m_problems; // field key → inline message
    QHash<QString, int> m_tabOf; // field key → tab index
};

} // namespace vangnet
