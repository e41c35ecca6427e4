#pragma once

#include <QWidget>

namespace vangnet {

// First start, or no vault at the chosen folder: create a new vault, open an existing one, or
// restore one from a backup (a new laptop).
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void createRequested();
    void openRequested(const QString &folder);
    void restoreRequested();

private:
    void chooseFolder();
};

} // namespace vangnet
