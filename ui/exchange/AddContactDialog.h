#pragma once

#include "exchange/ContactCard.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace vangnet {

class Database;

// Adds a contact from a contact card: the name to show (the card's by default), team or external,
// and the fingerprint to compare by phone. "They read out this fingerprint" marks the contact as
// verified at once; otherwise it is verified later in the contacts list. Refusals (a contact with
// the same keys exists) are shown in the dialog.
class AddContactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddContactDialog)

public:
    AddContactDialog(Database &db, const ContactCard &card, QWidget *parent = nullptr);

    // Asks for a card file (FileChooser), then opens the dialog window-modal (open()) and returns
    // it; null when cancelled or when the file is not a valid card (a message says why).
    static AddContactDialog *chooseCard(Database &db, QWidget *parent);
    // The same for a known file (drag and drop).
    static AddContactDialog *openCard(Database &db, const QString &path, QWidget *parent);

    QString addedContactId() const { return m_addedId; }

public slots:
    void accept() override;

signals:
    void contactAdded(const QString &contactId);

private:
    Database &m_db;
    ContactCard m_card;
    QString m_addedId;
    QLineEdit *m_name = nullptr;
    QRadioButton *m_team = nullptr;
    QRadioButton *m_external = nullptr;
    QCheckBox *m_compared = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vangnet
