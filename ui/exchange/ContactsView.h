#pragma once

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace vangnet {

class Database;

// The contacts, grouped into Team and External, with their fingerprints and whether each was
// verified. Verify asks the user to compare the fingerprint by phone before marking it.
class ContactsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsView)

public:
    explicit ContactsView(QWidget *parent = nullptr);

    void setDatabase(Database &db);
    void clear();
    void reload();
    // The contact id of the selected row; empty for none or a group row.
    QString selectedContactId() const;

signals:
    void contactVerified(const QString &contactId);

private:
    void verifySelected();
    void updateButtons();

    Database *m_db = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_verify = nullptr;
};

} // namespace vangnet
