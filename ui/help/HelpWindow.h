#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace vangnet {

// The user guide (Help → User guide, F1): a contents list that the search box narrows to the pages
// holding the words typed, and the page itself with its links. Non-modal, so that the guide can stay
// open beside the window it explains.
class HelpWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Shows the page (HelpPages::pages()) in the interface language.
    void showPage(const QString &page);
    QString currentPage() const;
    // The page's URL shown now, for tests (it names the language).
    QUrl currentUrl() const;
    // Narrows the contents to the pages containing `text` and marks it on the shown page.
    void search(const QString &text);

private:
    void pageChosen(int row);
    void sourceChanged(const QUrl &url);

    QString m_language;
    QLineEdit *m_search;
    QListWidget *m_contents;
    QTextBrowser *m_browser;
};

} // namespace vangnet
