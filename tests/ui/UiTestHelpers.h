#pragma once

#include "TestVault.h"
#include "shell/MainWindow.h"
#include "shell/Workspace.h"
#include "vault/VaultSettings.h"

#include <QAbstractButton>
#include <QStackedWidget>
#include <QTest>

namespace vangnet::test {

// GUI tests use fast Argon2id parameters; production passes the defaults.
inline VaultSettings fastSettings()
{
    VaultSettings settings;
    settings.newKdf = &fastKdf;
    return settings;
}

inline QString currentPage(const MainWindow &window)
{
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    return pages && pages->currentWidget() ? pages->currentWidget()->objectName() : QString();
}

template<typename T = QWidget> T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

// Finds the named widget inside the named page, so that names like "backButton" stay unambiguous.
template<typename T = QWidget> T *onPage(const MainWindow &window, const char *page, const char *name)
{
    QWidget *p = child(&window, page);
    return p ? child<T>(p, name) : nullptr;
}

// Brings the window's section of type S forward, as a click in the navigation would: a section
// reads what it shows when it is shown (RefreshWhenShown). Null when there is no such section.
template<typename S> S *showSection(const MainWindow &window)
{
    auto *section = window.findChild<S *>();
    auto *workspace = window.findChild<Workspace *>();
    return section && workspace && workspace->showSection(section) ? section : nullptr;
}

} // namespace vangnet::test
