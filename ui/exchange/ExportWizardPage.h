#pragma once

#include <QWizardPage>

#include <functional>

namespace vangnet {

// A wizard page whose "complete" state the wizard decides (the preview page completes only when
// something may leave, the write page only once the bundle is written).
class ExportWizardPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportWizardPage)

public:
    explicit ExportWizardPage(QWidget *parent = nullptr)
        : QWizardPage(parent)
    { }

    void setCompleteCheck(std::function<bool()> check)
    {
        m_check = std::move(check);
        emit completeChanged();
    }
    void refresh() { emit completeChanged(); }
    bool isComplete() const override { return m_check ? m_check() : QWizardPage::isComplete(); }

private:
    std::function<bool()> m_check;
};

} // namespace vangnet
