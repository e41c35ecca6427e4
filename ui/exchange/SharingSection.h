#pragma once

#include "shell/Section.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace vangnet {

class ContactsView;
class ExchangeFolderPanel;
class ExportWizard;
class FingerprintLabel;
class ImportDialog;
class RefreshWhenShown;

// The main window's "Sharing" section: export and import, and in tabs this vault's own contact card
// (name, organisation, the fingerprint to read aloud, save the card file), the contacts
// (ContactsView), recent exports and imports, the received registrations and the statistics export
// with its preview, and the exchange folder (ExchangeFolderPanel).
class SharingSection final : public QWidget, public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharingSection)

public:
    explicit SharingSection(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString summary() const override;
    QString helpPage() const override;
    QWidget *widget() override { return this; }
    void vaultOpened(Vault &vault) override;
    // Rolls back a running import and waits for the export's and the import's workers.
    void stopWork() override;
    // Also closes the export wizard and the import dialog, dropping the cases they show.
    void clear() override;

    // Reads what the section shows when it is shown (at once while it is visible).
    void reload();
    void previewStatistics();
    // The wizard and the dialog are window-modal (open()); the pointers are for tests.
    void openExportWizard();
    void openImportDialog();
    ExportWizard *exportWizard() const;
    ImportDialog *importDialog() const;

    // Sets the name and organisation recipients see on this vault's contact card.
    bool setIdentityName(const QString &name, const QString &organisation);
    // Saves this vault's contact card (FileChooser); false when cancelled or refused.
    bool exportCard();
    ContactsView *contactsView() const { return m_contacts; }
    ExchangeFolderPanel *exchangeFolderPanel() const { return m_exchangeFolder; }
    // Shows a tab: 0 my card, 1 contacts, 2 recent, 3 received, 4 statistics, 5 exchange folder.
    void showTab(int index);

private:
    void fill();
    void saveIdentityName();
    void writeStatistics();

    Vault *m_vault = nullptr;
    RefreshWhenShown *m_refresh;
    QPointer<ExportWizard> m_exportWizard;
    QPointer<ImportDialog> m_importDialog;
    QLabel *m_identity;
    QLineEdit *m_identityName;
    QLineEdit *m_identityOrganisation;
    FingerprintLabel *m_fingerprint;
    QPushButton *m_exportCard;
    QLabel *m_cardSaved;
    QTabWidget *m_tabs;
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
    ExchangeFolderPanel *m_exchangeFolder;
};

} // namespace vangnet
