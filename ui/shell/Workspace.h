#pragma once

#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace vangnet {

class Section;
class Vault;

// The unlocked part of the window: a navigation list on the left and the selected section.
class Workspace final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    explicit Workspace(QWidget *parent = nullptr);

    // The section's widget is reparented into the workspace; the section object must outlive it
    // (sections are normally the widget itself).
    void addSection(Section *section);
    // A section made anew after every lock: clear() destroys the one that was shown (every widget
    // that showed its data) and puts a fresh one from `make` in its place.
    void addRebuiltSection(std::function<Section *()> make);
    void vaultOpened(Vault &vault);
    void focusNavigation();
    // Shows this section (asking the shown one first, Section::canLeave); false when it stays.
    bool showSection(Section *section);
    Section *currentSection() const;
    // Stops every section's work on the vault (Section::stopWork), then drops all decrypted data from
    // every section, and destroys the sections made anew after a lock (addRebuiltSection), putting
    // fresh ones in their places.
    void clear();
    // The same without making new sections: the window is closing.
    void close();

private:
    void showRow(int row);
    void showSummary();

    QListWidget *m_navigation;
    QLabel *m_summary;
    QStackedWidget *m_sections;
    void rebuild(std::size_t index);

    std::vector<Section *> m_registered;
    std::vector<std::function<Section *()>> m_factories; // empty for a section that stays
    // Never shown and outside the window: holds a replaced section until it is deleted, so that
    // nothing finds it in the window meanwhile.
    std::unique_ptr<QWidget> m_graveyard;
};

} // namespace vangnet
