#pragma once

#include "shell/Section.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace vangnet {

class ContactsView;
class ExportWizard;
class ImportDialog;

// The main window's "Sharing" section: this vault's identity (fingerprint, contact card export), the
// contacts (ContactsView), export and import, the statistics export with its preview, recent
// exports and imports and the received registrations.
class SharingSection final : public QWidget, public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharingSection)

public:
    explicit SharingSection(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override { return this; }
    void vaultOpened(Vault &vault) override;
    // Rolls back a running import and waits for the export's and the import's workers.
    void stopWork() override;
    // Also closes the export wizard and the import dialog, dropping the cases they show.
    void clear() override;

    void reload();
    void previewStatistics();
    // The wizard and the dialog are window-modal (open()); the pointers are for tests.
    void openExportWizard();
    void openImportDialog();
    ExportWizard *exportWizard() const;
    ImportDialog *importDialog() const;

    // Sets the name and organisation recipients see on this vault's contact card.
    bool setIdentityName(const QString &name, const QString &organisation);

private:
    void exportCard();
    void askIdentityName();
    void writeStatistics();

    Vault *m_vault = nullptr;
    QPointer<ExportWizard> m_exportWizard;
    QPointer<ImportDialog> m_importDialog;
    QLabel *m_identity;
    QPushButton *m_exportCard;
    ContactsView *m_contacts;
    QPushButton *m_export;
    QPushButton *m_import;
    QSpinBox *m_threshold;
    QComboBox *m_statsRecipient;
    QPushButton *m_statsPreview;
    QPushButton *m_statsWrite;
    QTableWidget *m_statsTable;
    QTableWidget *m_recent;
    QTableWidget *m_received;
};

} // namespace vangnet
