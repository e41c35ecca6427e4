#pragma once

#include "cases/CaseSearch.h"

#include <QFuture>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;

namespace vangnet {

class CodeCombo;
class Database;
class Vault;

// Search field and filters above the case list. Typing is debounced (kDebounceMs) so that only the
// last keystroke of a burst runs a query; the choices apply at once. Saved filters live in the vault
// (core/cases/SavedFilters), never in QSettings: a filter's text may be a name.
class CaseFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseFilterBar)

public:
    static constexpr int kDebounceMs = 200;

    explicit CaseFilterBar(QWidget *parent = nullptr);

    // Loads the saved filters, and the coordinators and regions in the background (a filter chosen
    // meanwhile stays chosen); null clears them.
    void setVault(Vault *vault);
    CaseFilter filter() const;
    void setFilter(const CaseFilter &filter);
    // Empties every field (and the lists read from the vault) without emitting filterChanged.
    void clear();
    // Reloads the coordinator and region lists in the background (after a save added a new one).
    void refreshChoices();
    // Waits for the lists being read (the lock: no reader may outlive it).
    void stop();
    bool isReadingChoices() const { return m_choices.isRunning(); }
    void focusSearch();
    // Saves the current filter under `name` (the "Save filter…" button asks for it).
    bool saveFilter(const QString &name);
    void applySavedFilter(const QString &name);
    // Empties the search and resets every filter, then emits filterChanged once.
    void clearFilters();
    // The filters (not the search text) that `filter` sets, in plain words: "phase: Reflection".
    static QStringList describe(const CaseFilter &filter);
    // A choice of the required security level filter: "S3 or higher".
    static QString levelChoice(int level);
    // The saved filter last applied or saved (empty when none is chosen).
    QString currentSavedFilter() const;

Q_SIGNALS:
    void filterChanged(const CaseFilter &filter);
    // A saved filter was applied or saved (empty name: the choice was cleared).
    void savedFilterChosen(const QString &name);

private:
    void emitNow();
    void reloadSavedFilters(const QString &select = {});
    void askAndSave();
    void deleteSaved();
    void fillChoices(QComboBox *box, const QStringList &values);

    Vault *m_vault = nullptr;
    Database *m_db = nullptr;
    QFuture<void> m_choices;
    quint64 m_choicesGeneration = 0; // of the lists in flight; a newer read or clear() drops them
    bool m_applying = false;
    QLineEdit *m_search;
    QTimer *m_debounce;
    CodeCombo *m_phase;
    CodeCombo *m_form;
    CodeCombo *m_threat;
    QComboBox *m_coordinator;
    QComboBox *m_region;
    QCheckBox *m_reflection;
    QSpinBox *m_reflectionDays;
    QCheckBox *m_overdue;
    QComboBox *m_level;
    QCheckBox *m_waiting;
    QCheckBox *m_noConsent;
    QComboBox *m_saved;
    QToolButton *m_save;
    QToolButton *m_delete;
};

} // namespace vangnet
