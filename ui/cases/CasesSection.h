#pragma once

#include "shell/Section.h"

#include <QWidget>

class QLabel;
class QResizeEvent;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QVBoxLayout;

class QAction;

namespace vangnet {

class CaseEditor;
class CaseFilterBar;
class CaseListModel;
class CaseTable;
class DeadlinesView;
class EmptyResultsNotice;
struct CaseFilter;

// The "Cases" section: filter bar, case list and deadlines on the left, the case editor on the
// right. Ctrl+N starts a new case, Ctrl+F goes to the search field, Ctrl+S saves (in the editor).
// clear() (Lock) keeps unsaved edits as an encrypted draft in the vault and empties every widget
// and model; the draft is offered again after the next unlock. Locking never waits for an answer.
// Switching to another case keeps the unsaved edits as a draft too, without asking; the draft is
// offered back in place (a bar above the form) when that case is opened again.
//
// On a narrow window (less than kNarrowWidth for the section) list and editor are master–detail:
// opening a case replaces the list with the editor, whose "Case list" button goes back.
//
// The list's sort order, column widths and last chosen saved filter are kept per vault, inside it
// (ViewStateStore): restored when the vault opens, written when they change and at lock. A search
// or filter that finds nothing says so and names the filters, with one click to clear them.
class CasesSection final : public QWidget, public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasesSection)

public:
    // How long a search runs before the count says "Searching…".
    static constexpr int kSearchingHintMs = 150;
    // Column resizes come in bursts: the list state is written once they stop.
    static constexpr int kStateSaveDelayMs = 600;
    // The key of the case list in ViewStateStore.
    static const QString &viewStateKey();
    // Below this width of the section the editor replaces the list instead of sitting beside it.
    static constexpr int kNarrowWidth = 1000;

    explicit CasesSection(QWidget *parent = nullptr);
    ~CasesSection() override;

    QString title() const override;
    QIcon icon() const override;
    QString summary() const override;
    QString helpPage() const override;
    QWidget *widget() override { return this; }
    void vaultOpened(Vault &vault) override;
    // Stops the background reads of the case list and the deadlines and closes their connections.
    void stopWork() override;
    void clear() override;
    bool canLeave() override;

    CaseEditor *editor() const { return m_editor; }
    // Narrow window: list and editor are shown one at a time.
    bool isNarrow() const { return m_narrow; }
    // Narrow window: the editor is shown (instead of the list).
    bool showsDetail() const { return m_detail; }
    void showList();
    CaseListModel *model() const { return m_model; }
    CaseFilterBar *filterBar() const { return m_filterBar; }
    DeadlinesView *deadlines() const { return m_deadlines; }

    // Opens a case in the editor (asking about unsaved changes first) and selects it in the list;
    // showRequested() then brings the section forward if another one is shown.
    bool openCase(const QString &caseId);
    bool newCase();
    // Offers the case drafts kept at the last lock (called shortly after vaultOpened).
    void offerDrafts();
    // After the next unlock the list goes back to the case (or new case) that was open at the lock.
    bool resumesCase() const { return !m_resume.vaultId.isEmpty(); }
    // New case (Ctrl+N) and Find case (Ctrl+F): window-wide, for the main window's menu, so that
    // they work from any section and right after unlocking, without a click first.
    QList<QAction *> caseActions() const { return { m_newAction, m_findAction }; }

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    // A case action was used while another section may be shown: the workspace shows this one.
    void showRequested();

private:
    // Where the user was when the vault locked (a case id and a tab index: no case data).
    struct Resume
    {
        QString vaultId;
        QString caseId; // empty with a vaultId: a new, unsaved case
        int section = 0;
    };
    static QString draftKey(const QString &caseId);
    // The case (or the new case) that opened has a draft: offer it in place.
    void offerDraftInPlace(const QString &key);
    // Keeps the editor's unsaved edits as a draft and reverts the form, so that opening another
    // case never asks. False when the draft could not be written (then the editor asks as before).
    bool parkEdits();
    void updateLayoutMode();
    void setDetail(bool detail);
    void resumeWhereLeft();

    Resume m_resume;
    QAction *m_newAction = nullptr;
    QAction *m_findAction = nullptr;
    void onFilterChanged(const CaseFilter &filter);
    void onCurrentRowChanged(int row);
    void onCaseSaved(const QString &caseId);
    void selectCase(const QString &caseId);
    void keepDraft();
    void updateCount();
    void updateEmptyNotice();
    void restoreListState();
    void saveListState();
    void applySort(int column, Qt::SortOrder order);
    CaseEditor *makeEditor();
    void connectList();
    void connectDeadlines();
    void dropListAndDeadlines();

    Vault *m_vault = nullptr;
    CaseListModel *m_model = nullptr;
    CaseFilterBar *m_filterBar;
    CaseTable *m_table = nullptr;
    QLabel *m_count;
    DeadlinesView *m_deadlines = nullptr;
    QVBoxLayout *m_casesLayout = nullptr;
    QTabWidget *m_leftTabs;
    CaseEditor *m_editor = nullptr;
    QStackedWidget *m_right;
    QWidget *m_placeholder;
    QSplitter *m_splitter;
    QPushButton *m_newButton;
    QTimer *m_searchingHint;
    EmptyResultsNotice *m_empty;
    QTimer *m_stateSave;
    QString m_savedFilter; // the saved filter last chosen, kept in the list state
    QWidget *m_left = nullptr;
    QString m_offeredKey; // the draft offered in place, until answered
    bool m_narrow = false;
    bool m_detail = false;
    bool m_browsing = false; // the list's current row moved: open the case but keep the list shown
    bool m_selecting = false;
    bool m_restoring = false;
};

} // namespace vangnet
