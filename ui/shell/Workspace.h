#pragma once

#include <QWidget>

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
    void vaultOpened(Vault &vault);
    void focusNavigation();
    // Shows this section (asking the shown one first, Section::canLeave); false when it stays.
    bool showSection(Section *section);
    Section *currentSection() const;
    // Stops every section's work on the vault (Section::stopWork), then drops all decrypted data from
    // every section.
    void clear();

private:
    void showRow(int row);
    void showSummary();

    QListWidget *m_navigation;
    QLabel *m_summary;
    QStackedWidget *m_sections;
    std::vector<Section *> m_registered;
};

} // namespace vangnet
