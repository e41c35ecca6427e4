#pragma once

#include "shell/Section.h"
#include "shelters/ShelterEditorDialog.h" // complete type for the QPointer

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace vangnet {

class AvailabilityBoard;
class EmptyResultsNotice;
class ShelterFilterBar;
class ShelterFilterProxy;
class ShelterTableModel;

// The main window's "Shelters" section: the registry (filters, sortable table, add/edit/remove,
// import and export as JSON) and the availability board. Addresses are never listed; the editor
// reveals one only on request, audited.
class SheltersSection final : public QWidget, public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SheltersSection)

public:
    explicit SheltersSection(QWidget *parent = nullptr);
    ~SheltersSection() override;

    QString title() const override;
    QIcon icon() const override;
    QString summary() const override;
    QString helpPage() const override;
    QWidget *widget() override { return this; }
    void vaultOpened(Vault &vault) override;
    void clear() override;

    ShelterTableModel *model() const { return m_model; }
    ShelterFilterProxy *proxy() const { return m_proxy; }
    AvailabilityBoard *board() const { return m_board; }
    ShelterEditorDialog *editor() const { return m_editor; }

    void reload();
    // Open the editor (window-modal, not blocking) for a new or the selected shelter.
    void newShelter();
    void editSelected();
    void removeSelected();
    QString selectedShelterId() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openEditor(const QString &id);
    void updateButtons();
    void updateCount();
    void updateEmptyNotice();

    Vault *m_vault = nullptr;
    ShelterTableModel *m_model;
    ShelterFilterProxy *m_proxy;
    ShelterFilterBar *m_filterBar;
    QTableView *m_table;
    EmptyResultsNotice *m_empty;
    QLabel *m_count;
    AvailabilityBoard *m_board;
    QTabWidget *m_tabs;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QPointer<ShelterEditorDialog> m_editor;
};

} // namespace vangnet
