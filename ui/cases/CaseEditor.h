#pragma once

#include "domain/Case.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <vector>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace vangnet {

class AttachmentPreview;
class CodeChecks;
class CodeCombo;
class DangerBanner;
class DraftOfferBar;
class SectionList;
class Database;
struct FieldProblem;

// One case file, in sections (grouped fields, chosen in a vertical list), with inline validation, Save (Ctrl+S) and
// Revert, phase changes limited to Phase::allowedTargets, notes, attachments and the field-level
// history. Names appear only inside the form: the header shows the case number, never a name.
//
// The form is built from and read back into the case's editable JSON (CaseJson), so validation is
// CaseJson's own and every message names its field; each message is shown under that field.
class CaseEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseEditor)

public:
    explicit CaseEditor(QWidget *parent = nullptr);

    // Null: no vault. Does not clear the form (clear() does).
    void setDatabase(Database *db);

    // Both ask first when there are unsaved changes; false when the user cancelled (or it failed).
    bool openCase(const QString &caseId);
    bool newCase();

    // The unsaved-changes guard: true when it is fine to leave the case (nothing to save, saved, or
    // discarded), false when the user chose Cancel or saving failed.
    bool maybeSave();
    bool save();
    void revert();
    // Drops the case and everything shown without asking (lock, closing the section).
    void clear();

    bool hasCase() const { return m_open; }
    bool isNew() const { return m_open && m_case.id.isEmpty(); }
    // Any edit of the form, or a note typed but not added.
    bool isDirty() const;
    QString caseId() const { return m_case.id; }
    QString caseNumber() const { return m_case.number; }
    // What the form holds now, in CaseJson's editable form (also what a draft keeps).
    QJsonObject formJson() const;
    // Puts a form (a draft kept over a lock) into the editor on top of the open case; it stays unsaved.
    // A draft's "pendingNote" goes back into the note field.
    void restoreForm(const QJsonObject &form);
    // What a draft keeps: formJson() and, when a note was typed but not added, "pendingNote".
    QJsonObject draftJson() const;
    // The note typed but not added yet (it counts as an unsaved change; Save adds it).
    QString pendingNote() const;
    // The editor section shown (Person, Residence…); it stays when another case is opened.
    int currentSection() const;
    void setCurrentSection(int index);

    // Phase change with the reason prompt where needed (closing, reopening). Saves or asks first.
    bool changePhase(const QString &target);
    bool addNote(const QString &text);
    // Adds a scan; type and size problems are shown below the list. False on failure.
    bool addAttachmentFile(const QString &path);

    // Extra tabs from later features (placement, consent): the callback hears the open case's id,
    // or an empty id when the editor is cleared or shows a new, unsaved case.
    void addPanel(const QString &title, QWidget *panel, std::function<void(const QString &caseId)> onCaseChanged);
    // Re-reads the case's visit rules into the danger banner (after they were edited elsewhere).
    void refreshVisitRules();
    // The "Case list" button of a narrow window, where the editor replaces the list.
    void setBackVisible(bool visible);
    SectionList *sections() const { return m_tabs; }
    // The in-place offer of a kept draft (CasesSection fills and answers it); hidden when a case loads.
    DraftOfferBar *draftOffer() const { return m_draftOffer; }

Q_SIGNALS:
    // A write went to the vault (save, phase, note, attachment): the list refreshes.
    void caseSaved(const QString &caseId);
    void caseOpened(const QString &caseId);
    void dirtyChanged(bool dirty);
    // The "Case list" button (narrow window): back to the list.
    void backRequested();

private:
    struct Panel
    {
        QWidget *widget;
        std::function<void(const QString &)> onCaseChanged;
    };

    QWidget *buildPersonTab();
    QWidget *buildResidenceTab();
    QWidget *buildExploitationTab();
    QWidget *buildSafetyTab();
    QWidget *buildNeedsTab();
    QWidget *buildTasksTab();
    QWidget *buildNotesTab();
    QWidget *buildAttachmentsTab();
    QWidget *buildHistoryTab();
    QWidget *scrolling(QWidget *content);
    QLineEdit *lineEdit(const QString &key, const QString &placeholder = {});
    QLineEdit *dateEdit(const QString &key);
    QLineEdit *languagesEdit();
    // Adds "label: field" to the form with the field's inline message beneath it.
    void addField(QFormLayout *form, const QString &label, QWidget *field, const QString &key);
    QLabel *errorLabel(const QString &key, QWidget *parent);
    void watch(QWidget *field);

    void load(const Case &c);
    void populate(const QJsonObject &form);
    void addPerpetratorRow(const QJsonObject &p);
    void addTaskRow(const QJsonObject &t);
    void refreshDerived();
    // The B8 end follows a typed start (start + three months) while it is empty or still the proposal.
    void proposeReflectionEnd();
    // Before a save that moves the reflection end: asks why. False when the user gave no reason.
    bool askReflectionReason(const Case &after, QString &reason);
    void refreshPhaseButtons();
    void refreshNotes();
    void refreshAttachments();
    void refreshHistory();
    void refreshHeader();
    void showProblems(const QVector<FieldProblem> &problems);
    void clearProblems();
    void notifyPanels();
    void saveAttachmentCopy();
    void previewAttachment();
    QString fieldLabel(const QString &key) const;

    Database *m_db = nullptr;
    Case m_case;
    bool m_open = false;
    bool m_loading = false;
    bool m_lastDirty = false;
    QJsonObject m_baseline;

    QLabel *m_header;
    QLabel *m_phaseLabel;
    QHBoxLayout *m_phaseButtons;
    QLabel *m_phaseCaption = nullptr;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QLabel *m_duplicates;
    QLabel *m_generalError;
    DangerBanner *m_banner;
    SectionList *m_tabs; // the sections, listed vertically
    QPushButton *m_backButton;
    DraftOfferBar *m_draftOffer;

    QHash<QString, QLineEdit *> m_texts; // key → text field (including dates and lists)
    QHash<QString, CodeCombo *> m_codes; // key → code field
    QHash<QString, QCheckBox *> m_flags; // key → yes/no field
    QHash<QString, QLabel *> m_errors; // key → inline message
    QHash<QString, QString> m_labels; // key → field label, for messages and the history
    QHash<QString, int> m_tabOf; // key → tab index, to show the first problem
    CodeChecks *m_forms;
    CodeChecks *m_needs;
    QSpinBox *m_childrenCount;
    QLabel *m_reflectionLeft;
    QProgressBar *m_reflectionBar;
    QString m_proposedEnd; // the end the editor filled in, as shown; empty when none
    QTableWidget *m_perpetrators;
    QTableWidget *m_tasks;
    QListWidget *m_notes;
    QPlainTextEdit *m_noteEdit;
    QPushButton *m_addNote;
    QListWidget *m_attachments;
    QLabel *m_attachmentError;
    QPushButton *m_addAttachment;
    QPushButton *m_previewAttachment;
    QPushButton *m_saveAttachment;
    QPointer<AttachmentPreview> m_preview; // the scan on screen, destroyed at clear()
    QTableWidget *m_history;
    std::vector<Panel> m_panels;
    int m_buildingTab = 0;
};

} // namespace vangnet
