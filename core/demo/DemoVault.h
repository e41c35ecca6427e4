#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vangnet {

// The demo vault started with `vangnet --demo`: a real vault in its own folder, holding only
// fictional data, with a fixed passphrase that is shown on screen. It never touches a real vault.
class DemoVault
{
    Q_DECLARE_TR_FUNCTIONS(DemoVault)

public:
    // <AppDataLocation>/demo-vault
    static QString folder();
    // Deliberately public and fixed: the demo holds nothing worth protecting.
    static QString passphrase();
    // Creates the demo vault with production key-derivation parameters when it does not exist yet.
    // Slow (Argon2id): call it off the UI thread.
    static Status ensureExists();
};

} // namespace vangnet
