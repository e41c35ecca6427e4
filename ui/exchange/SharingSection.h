#pragma once

#include "shell/Section.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace vangnet {

class ContactsView;

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
    void clear() override;

    void reload();
    void previewStatistics();
    // Seams for tests: the wizard and the dialog are shown non-modally and returned.
    void openExportWizard();
    void openImportDialog();

    // Sets the name and organisation recipients see on this vault's contact card.
    bool setIdentityName(const QString &name, const QString &organisation);

private:
    void exportCard();
    void askIdentityName();
    void writeStatistics();

    Vault *m_vault = nullptr;
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
