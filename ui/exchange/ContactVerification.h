#pragma once

#include <QCoreApplication>

class QWidget;

namespace vangnet {

class Database;

// Marks a contact as verified after the user confirmed, in a question (MessageBox), that the
// fingerprint read out by phone matches. Shared by the contacts list and the export wizard.
class ContactVerification
{
    Q_DECLARE_TR_FUNCTIONS(ContactVerification)

public:
    // True when the contact is verified now; a failure is shown in a warning.
    static bool ask(QWidget *parent, Database &db, const QString &contactId);
};

} // namespace vangnet
