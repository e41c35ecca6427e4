#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace vangnet {

// Where to export the registry and whether to include addresses and references. Addresses need
// the explicit check box and a confirmation (MessageBox) when the dialog is accepted.
class ShelterExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShelterExportDialog)

public:
    explicit ShelterExportDialog(QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    bool includeAddresses() const;

    void accept() override;

private:
    void browse();
    void updateButtons();

    QLineEdit *m_path;
    QCheckBox *m_addresses;
    QPushButton *m_ok;
};

} // namespace vangnet
