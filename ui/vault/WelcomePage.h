#pragma once

#include <QWidget>

namespace vangnet {

// First start, or no vault at the chosen folder: create a new vault or open an existing one.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void createRequested();
    void openRequested(const QString &folder);

private:
    void chooseFolder();
};

} // namespace vangnet
