#pragma once

#include <QIcon>
#include <QString>

class QWidget;

namespace vangnet {

class Vault;

// One entry of the main window's navigation (Cases, Shelters, Sharing, Safety, Vault).
// A section reads the vault only between vaultOpened() and clear(); clear() must drop every piece of
// decrypted data from its widgets and models, because it is what "Lock" relies on.
class Section
{
public:
    virtual ~Section() = default;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // One line under the section's title saying what it is for (translated); empty shows none.
    virtual QString summary() const { return {}; }
    // The user guide's page for this section (HelpPages::pages()); F1 opens it. Empty: the first page.
    virtual QString helpPage() const { return {}; }
    virtual QWidget *widget() = 0;
    virtual void vaultOpened(Vault &vault) = 0;
    // Called on every section before any section's clear() (Lock, closing the window): stop work that
    // still uses the vault and return only when it has stopped: roll back an open transaction, cancel
    // and wait for a worker. Otherwise another section's clear() (which may save a draft) would write
    // inside that transaction, and the vault could close under a worker.
    virtual void stopWork() { }
    virtual void clear() = 0;
    // Asked before the user switches to another section: false keeps this one shown (for example
    // when the user cancels a Save/Discard question about unsaved changes).
    virtual bool canLeave() { return true; }

protected:
    Section() = default;
    Section(const Section &) = default;
    Section &operator=(const Section &) = default;
};

} // namespace vangnet
