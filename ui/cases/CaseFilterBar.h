#pragma once

#include "cases/CaseSearch.h"

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

    // Loads the coordinators, regions and saved filters; null clears them.
    void setDatabase(Database *db);
    CaseFilter filter() const;
    void setFilter(const CaseFilter &filter);
    // Empties every field (and the lists read from the vault) without emitting filterChanged.
    void clear();
    // Reloads the coordinator and region lists (after a save added a new one).
    void refreshChoices();
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

    Database *m_db = nullptr;
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
