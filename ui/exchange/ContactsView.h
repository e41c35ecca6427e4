#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace vangnet {

class AddContactDialog;
class RefreshWhenShown;
class Database;

// The contacts, grouped into Team and External, with their fingerprints and whether each was
// verified. Add a contact from a card file (button, or drop the file on the list), verify it after
// comparing the fingerprint by phone, move it between team and external, remove it. Without any
// contact it says how to get one and offers the button.
class ContactsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsView)

public:
    explicit ContactsView(QWidget *parent = nullptr);

    void setDatabase(Database &db);
    void clear();
    // Reads the contacts when the view is shown (at once while it is visible).
    void reload();
    // The contact id of the selected row; empty for none or a group row.
    QString selectedContactId() const;
    bool selectContact(const QString &contactId);

    // Asks for a card file, then shows the add dialog (window-modal); for a known file: openCard().
    void addContact();
    void openCard(const QString &path);
    AddContactDialog *addDialog() const;

signals:
    void contactVerified(const QString &contactId);
    // Added, verified, moved or removed.
    void contactsChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void watch(AddContactDialog *dialog);
    void verifySelected();
    void toggleKindOfSelected();
    void removeSelected();
    void updateButtons();
    void fillList();

    Database *m_db = nullptr;
    RefreshWhenShown *m_list = nullptr;
    QPointer<AddContactDialog> m_addDialog;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_kind = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace vangnet
