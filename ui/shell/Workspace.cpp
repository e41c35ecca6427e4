#include "shell/Workspace.h"

#include "shell/Section.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vangnet {

Workspace::Workspace(QWidget *parent)
    : QWidget(parent)
    , m_navigation(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_sections(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("workspace"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); padding-top: 8px; }"
                                               "QListWidget::item { padding: 8px 6px; }"));
    m_sections->setObjectName(QStringLiteral("sections"));
    // "What is this": one line above every section, so a coordinator new to it knows where they are.
    m_summary->setObjectName(QStringLiteral("sectionSummary"));
    m_summary->setContentsMargins(12, 6, 12, 0);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(m_summary);
    right->addWidget(m_sections, 1);
    layout->addLayout(right, 1);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &Workspace::showRow);
}

void Workspace::addRebuiltSection(std::function<Section *()> make)
{
    Section *section = make();
    addSection(section);
    m_factories.back() = std::move(make);
}

void Workspace::addSection(Section *section)
{
    m_registered.push_back(section);
    m_factories.emplace_back();
    m_sections->addWidget(section->widget());
    new QListWidgetItem(section->icon(), section->title(), m_navigation);
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
    showSummary();
}

void Workspace::showSummary()
{
    const Section *shown = currentSection();
    const QString summary = shown ? shown->summary() : QString();
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
}

void Workspace::showRow(int row)
{
    const int shown = m_sections->currentIndex();
    if (row == shown || row < 0)
        return;
    // The section being left may hold unsaved work; it may ask, and keep itself shown.
    if (shown >= 0 && shown < int(m_registered.size()) && !m_registered[std::size_t(shown)]->canLeave()) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(shown);
        return;
    }
    m_sections->setCurrentIndex(row);
    showSummary();
}

bool Workspace::showSection(Section *section)
{
    const auto it = std::find(m_registered.begin(), m_registered.end(), section);
    if (it == m_registered.end())
        return false;
    const int row = int(it - m_registered.begin());
    m_navigation->setCurrentRow(row); // showRow(), which may keep the shown section
    return m_sections->currentIndex() == row;
}

Section *Workspace::currentSection() const
{
    const int shown = m_sections->currentIndex();
    return shown >= 0 && shown < int(m_registered.size()) ? m_registered[std::size_t(shown)] : nullptr;
}

void Workspace::focusNavigation()
{
    m_navigation->setFocus(Qt::OtherFocusReason);
}

void Workspace::vaultOpened(Vault &vault)
{
    for (Section *section : m_registered)
        section->vaultOpened(vault);
}

void Workspace::close()
{
    for (Section *section : m_registered)
        section->stopWork();
    for (Section *section : m_registered)
        section->clear();
}

void Workspace::clear()
{
    close();
    for (std::size_t i = 0; i < m_registered.size(); ++i)
        if (m_factories[i])
            rebuild(i);
}

void Workspace::rebuild(std::size_t index)
{
    const int row = int(index);
    const bool shown = m_sections->currentIndex() == row;
    QWidget *old = m_registered[index]->widget();
    m_sections->removeWidget(old);
    old->hide();
    // Later, not now: the lock may come while one of its dialogs runs (SafetyGuard closes it, and
    // the section's code after exec() still runs).
    if (!m_graveyard)
        m_graveyard = std::make_unique<QWidget>();
    old->setParent(m_graveyard.get());
    old->deleteLater();
    Section *fresh = m_factories[index]();
    m_registered[index] = fresh;
    m_sections->insertWidget(row, fresh->widget());
    if (shown)
        m_sections->setCurrentIndex(row);
}

} // namespace vangnet
