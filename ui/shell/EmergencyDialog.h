#pragma once

#include <QDialog>

namespace vangnet {

// What to do in danger: 112, the non-emergency police line, and who CoMensha is. Reached from the
// red button that every page of the window shows.
class EmergencyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmergencyDialog)

public:
    explicit EmergencyDialog(QWidget *parent = nullptr);
};

} // namespace vangnet
