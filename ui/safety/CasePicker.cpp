#include "safety/CasePicker.h"

#include "cases/CaseSearch.h"
#include "common/ReaderTask.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace vangnet {

CasePicker::CasePicker(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_matches(new QListWidget(this))
    , m_state(new QLabel(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("casePicker"));
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setAccessibleName(tr("Linked case"));
    m_search->setPlaceholderText(tr("Case number or name"));
    m_search->setClearButtonEnabled(true);
    m_matches->setObjectName(QStringLiteral("caseMatches"));
    m_matches->setAccessibleName(tr("Cases found"));
    // A few rows; more scroll inside the list.
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * 5 + 12);
    m_matches->hide();
    m_state->setObjectName(QStringLiteral("caseLinkState"));
    m_state->setWordWrap(true);
    m_state->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_matches);
    layout->addWidget(m_state);
    setFocusProxy(m_search);

    m_delay->setSingleShot(true);
    m_delay->setInterval(kSearchDelayMs);
    connect(m_delay, &QTimer::timeout, this, &CasePicker::startSearch);
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Typing after a pick unlinks until another case is picked.
        if (!m_caseId.isEmpty()) {
            m_caseId.clear();
            m_number.clear();
            Q_EMIT caseChanged(QString());
        }
        if (text.trimmed().isEmpty()) {
            m_delay->stop();
            m_matches->clear();
            m_matches->hide();
            m_state->setText(tr("Not linked to a case."));
            return;
        }
        m_delay->start();
    });
    connect(m_matches, &QListWidget::itemActivated, this, &CasePicker::pick);
    connect(m_matches, &QListWidget::itemClicked, this, &CasePicker::pick);
    m_state->setText(tr("Not linked to a case."));
}

CasePicker::~CasePicker()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CasePicker::setVault(Vault *vault)
{
    m_vault = vault;
}

void CasePicker::setCase(const QString &caseId, const QString &number)
{
    m_caseId = caseId;
    m_number = caseId.isEmpty() ? QString() : (number.isEmpty() ? tr("(not in this vault)") : number);
    m_search->setText(m_number);
    m_matches->clear();
    m_matches->hide();
    m_state->setText(caseId.isEmpty() ? tr("Not linked to a case.") : tr("Linked to case %1.").arg(m_number));
}

void CasePicker::startSearch()
{
    if (m_cancel)
        m_cancel->store(true);
    const QString text = m_search->text().trimmed();
    if (!m_vault || !m_vault->isOpen() || text.isEmpty())
        return;
    CaseFilter filter;
    filter.text = text;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const int generation = ++m_generation;
    m_state->setText(tr("Searching…"));
    auto started = readInBackground(
        *m_vault, this, [filter](Database &db) { return CaseSearch(db).find(filter, CaseSort::NumberDesc, 0, kMaxMatches); },
        [this, generation](Result<QVector<CaseSummary>> found) {
            if (generation != m_generation)
                return; // a newer search is under way
            m_matches->clear();
            if (!found) {
                m_matches->hide();
                m_state->setText(found.error().code() == ErrorCode::Cancelled ? QString() : found.error().message());
                Q_EMIT searched();
                return;
            }
            for (const CaseSummary &c : found.value()) {
                const QString name = QStringList { c.givenName, c.familyName }.join(QLatin1Char(' ')).trimmed();
                auto *item = new QListWidgetItem(name.isEmpty() ? c.number : tr("%1 · %2").arg(c.number, name), m_matches);
                item->setData(Qt::UserRole, c.id);
                item->setData(Qt::UserRole + 1, c.number);
            }
            m_matches->setVisible(m_matches->count() > 0);
            m_state->setText(m_matches->count() == 0
                    ? tr("No case found for ‘%1’.").arg(m_search->text().trimmed())
                    : tr("Choose the case from the list (%n found).", nullptr, m_matches->count()));
            Q_EMIT searched();
        },
        m_cancel);
    if (!started)
        m_state->setText(started.error().message());
}

void CasePicker::pick(QListWidgetItem *item)
{
    if (!item)
        return;
    setCase(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    Q_EMIT caseChanged(m_caseId);
}

} // namespace vangnet
