#pragma once

#include "placement/PlacementService.h"
#include "shelters/ShelterRegistryCache.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QFrame;
class QLabel;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTreeWidget;
class QVBoxLayout;

namespace vangnet {

class Database;
class PlacementHistoryBox;

// The placement part of a case: the required security level, big, with how it was reached (and a
// manual override with its reason); the ranked suggestions with the reasons for each score; the
// excluded shelters with every rule that excluded them, on demand; the advice when nothing fits;
// Hold bed and Place for the selected suggestion; and the case's placements with their history.
//
// Everything goes through PlacementService and PlacementRepository. The advice is computed once per
// setCase()/reload() on the UI thread (about 20 ms for 2,000 shelters), never per keystroke.
class PlacementPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementPanel)

public:
    enum SuggestionColumn {
        RankColumn,
        ShelterColumn,
        TypeColumn,
        LevelColumn,
        RegionColumn,
        FreeBedsColumn,
        ScoreColumn,
        SuggestionColumnCount
    };

    explicit PlacementPanel(QWidget *parent = nullptr);

    void setCase(const QString &caseId, Database &db);
    // Forgets the case and everything shown (lock, a new unsaved case).
    void clear();
    // Computes the advice again (after changes elsewhere).
    void reload();
    const std::optional<CasePlacementView> &view() const { return m_view; }
    QString caseId() const { return m_caseId; }

    // The selected suggestion's shelter id; empty when none.
    QString selectedShelterId() const;
    bool selectSuggestion(const QString &shelterId);
    void setShowExcluded(bool show);

    // Actions; each reports failures in a message and returns false. place asks for confirmation.
    bool setOverride(int level, const QString &reason);
    bool clearOverride();
    bool placeSelected();
    bool holdSelected(int days);
    // Asks the selected suggestion for a bed (requested), or puts the case on the wait list of the
    // selected excluded shelter whose only obstacle is a full house. Neither takes a bed.
    bool requestSelected();
    bool waitListSelected();
    // Records that the shelter refused the selected placement (a reason is required).
    bool refusePlacement(const QString &placementId, const QString &reason);
    bool endPlacement(const QString &placementId, const QString &reason);
    // Takes up a held bed (bed_held → placed).
    bool confirmHeldBed(const QString &placementId);
    QString selectedPlacementId() const;

Q_SIGNALS:
    // A placement was made, changed or ended: free beds changed.
    void placementsChanged(const QString &caseId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Narrower than this, the reasons go under the suggestions instead of beside them (in the case
    // editor on a 1024 px screen the panel is about 640 px wide).
    static constexpr int kSideBySideWidth = 820;

    QWidget *buildLevelBox();
    QWidget *buildSuggestionsBox();
    void showView();
    void showLevel();
    void showSuggestions();
    void showExcluded();
    void showNothingFits();
    void showHistory();
    void showSelectedReasons();
    void updateButtons();
    void askOverride();
    void askHold();
    const Suggestion *selectedSuggestion() const;
    void changed();

    Database *m_db = nullptr;
    ShelterRegistryCache m_registry; // emptied by clear() (the vault locks)
    QString m_caseId;
    std::optional<CasePlacementView> m_view;

    QVBoxLayout *m_contentLayout;
    QLabel *m_error;
    QLabel *m_caseLabel;
    QLabel *m_levelBadge;
    QLabel *m_levelTitle;
    QLabel *m_levelReasons;
    QLabel *m_overrideInfo;
    QPushButton *m_overrideButton;
    QPushButton *m_clearOverrideButton;
    QCheckBox *m_judge;
    QLabel *m_suitable;
    QTableWidget *m_suggestions;
    QSplitter *m_suggestionSplitter;
    QTreeWidget *m_reasons;
    QLabel *m_notes;
    QPushButton *m_holdButton;
    QPushButton *m_placeButton;
    QFrame *m_nothingFits;
    QLabel *m_nothingFitsText;
    QPushButton *m_showExcluded;
    QTreeWidget *m_excluded;
    PlacementHistoryBox *m_history;
    QPushButton *m_requestButton = nullptr;
    QPushButton *m_waitListButton = nullptr;
};

} // namespace vangnet
