#include "help/HelpWindow.h"

#include "help/HelpPages.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace vangnet {

namespace {
constexpr int PageRole = Qt::UserRole;
} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QDialog(parent)
    , m_language(HelpPages::language())
    , m_search(new QLineEdit(this))
    , m_contents(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Vangnet user guide"));
    // Fits a 1024×576 screen with room for the task bar.
    resize(820, 500);

    m_search->setObjectName(QStringLiteral("helpSearchEdit"));
    m_search->setPlaceholderText(tr("Search the user guide"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the user guide"));
    m_search->setAccessibleDescription(tr("Shows only the pages that contain the words you type."));
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setAccessibleDescription(tr("The pages of the user guide; choose one to read it."));
    m_contents->setFixedWidth(220);
    for (const QString &page : HelpPages::pages()) {
        auto *item = new QListWidgetItem(HelpPages::title(page, m_language), m_contents);
        item->setData(PageRole, page);
    }
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenLinks(true);
    m_browser->setAccessibleName(tr("Help page"));
    m_browser->setAccessibleDescription(tr("The text of the chosen page. Links lead to other pages of the guide."));

    auto *back = new QPushButton(tr("&Back"), this);
    back->setObjectName(QStringLiteral("helpBackButton"));
    back->setAccessibleDescription(tr("Goes back to the page shown before."));
    back->setAutoDefault(false);
    back->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(back, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Closes the user guide."));

    auto *left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_contents, 1);
    auto *body = new QHBoxLayout;
    body->addLayout(left);
    body->addWidget(m_browser, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(m_contents, &QListWidget::currentRowChanged, this, &HelpWindow::pageChosen);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::sourceChanged);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::search);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void HelpWindow::showPage(const QString &page)
{
    const QString shown = HelpPages::pages().contains(page) ? page : HelpPages::pages().constFirst();
    m_browser->setSource(HelpPages::url(shown, m_language));
}

QString HelpWindow::currentPage() const
{
    return HelpPages::pageOf(m_browser->source());
}

QUrl HelpWindow::currentUrl() const
{
    return m_browser->source();
}

void HelpWindow::pageChosen(int row)
{
    if (QListWidgetItem *item = m_contents->item(row))
        showPage(item->data(PageRole).toString());
}

void HelpWindow::sourceChanged(const QUrl &url)
{
    const QString page = HelpPages::pageOf(url);
    const QSignalBlocker blocker(m_contents);
    for (int row = 0; row < m_contents->count(); ++row) {
        if (m_contents->item(row)->data(PageRole).toString() == page)
            m_contents->setCurrentRow(row);
    }
    if (!m_search->text().isEmpty())
        m_browser->find(m_search->text());
}

void HelpWindow::search(const QString &text)
{
    const QString words = text.simplified();
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_contents->count(); ++row) {
        QListWidgetItem *item = m_contents->item(row);
        QTextDocument page;
        page.setHtml(HelpPages::html(item->data(PageRole).toString(), m_language));
        const bool match = words.isEmpty() || page.toPlainText().contains(words, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    if (words.isEmpty())
        return;
    QListWidgetItem *current = m_contents->currentItem();
    if (current && !current->isHidden()) {
        m_browser->moveCursor(QTextCursor::Start);
        m_browser->find(words);
    } else if (first) {
        m_contents->setCurrentItem(first); // shows it; sourceChanged() marks the words
    }
}

} // namespace vangnet
