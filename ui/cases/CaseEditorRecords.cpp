#include "audit/AuditLog.h"
#include "cases/AttachmentPreview.h"
#include "cases/Attachments.h"
#include "cases/CaseEditor.h"
#include "cases/CaseJson.h"
#include "cases/CaseProblems.h"
#include "cases/CaseRepository.h"
#include "cases/CodeChecks.h"
#include "cases/CodeCombo.h"
#include "cases/TextPrompt.h"
#include "common/MessageBox.h"
#include "crypto/SecureString.h"
#include "domain/CaseFieldLabels.h"
#include "domain/InputLimits.h"
#include "domain/Phase.h"
#include "domain/ReflectionPeriod.h"
#include "i18n/DateText.h"
#include "safety/DangerAssessment.h"
#include "safety/DangerBanner.h"
#include "safety/SecureClipboard.h"
#include "safety/VisitRulesRepository.h"
#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

// The case editor's records beside the form: notes, scans (attachments) and the field-level history.

namespace vangnet {

void CaseEditor::refreshNotes()
{
    m_notes->clear();
    for (const CaseNote &note : std::as_const(m_case.notes)) {
        auto *item = new QListWidgetItem(m_notes);
        item->setText(tr("%1 · %2\n%3").arg(DateText::dateTime(note.at), note.author, note.text));
    }
    m_notes->scrollToBottom();
}

void CaseEditor::refreshAttachments()
{
    m_attachments->clear();
    if (!m_db || m_case.id.isEmpty())
        return;
    auto list = Attachments(*m_db).list(m_case.id);
    if (!list)
        return;
    for (const AttachmentInfo &a : list.value()) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2, %3) · added %4")
                .arg(a.fileName, a.mediaType, QLocale().formattedDataSize(a.size), DateText::dateTime(a.addedAt)),
            m_attachments);
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, a.fileName);
    }
}

void CaseEditor::refreshHistory()
{
    m_history->setRowCount(0);
    if (!m_db || m_case.id.isEmpty())
        return;
    auto history = CaseRepository(*m_db).history(m_case.id);
    if (!history)
        return;
    const QVector<HistoryEntry> &entries = history.value();
    m_history->setRowCount(int(entries.size()));
    // Newest first: the last change is what a coordinator looks for.
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const HistoryEntry &e = entries.at(entries.size() - 1 - i);
        const int row = int(i);
        m_history->setItem(row, 0, new QTableWidgetItem(DateText::dateTime(e.at)));
        m_history->setItem(row, 1, new QTableWidgetItem(e.actor));
        m_history->setItem(row, 2, new QTableWidgetItem(fieldLabel(e.field)));
        auto *oldItem = new QTableWidgetItem(CaseFieldLabels::valueText(e.field, e.oldValue));
        auto *newItem = new QTableWidgetItem(CaseFieldLabels::valueText(e.field, e.newValue));
        oldItem->setToolTip(oldItem->text());
        newItem->setToolTip(newItem->text());
        m_history->setItem(row, 3, oldItem);
        m_history->setItem(row, 4, newItem);
    }
}

QString CaseEditor::fieldLabel(const QString &key) const
{
    static const QHash<QString, const char *> extra = {
        { QStringLiteral("phase"), QT_TR_NOOP("Phase") },
        { QStringLiteral("notes"), QT_TR_NOOP("Notes") },
        { QStringLiteral("attachments"), QT_TR_NOOP("Attachments") },
        { QStringLiteral("exploitationForms"), QT_TR_NOOP("Forms of exploitation") },
        { QStringLiteral("needs"), QT_TR_NOOP("Needs") },
        { QStringLiteral("reflectionEndReason"), QT_TR_NOOP("Reason for the reflection end") },
    };
    if (const auto it = extra.constFind(key); it != extra.cend())
        return tr(it.value());
    QString label = m_labels.value(key);
    label.remove(QLatin1Char(':'));
    return label.isEmpty() ? CaseFieldLabels::label(key) : label;
}

bool CaseEditor::addNote(const QString &text)
{
    if (!m_db || !m_open || isNew() || text.trimmed().isEmpty())
        return false;
    auto note = CaseRepository(*m_db).addNote(m_case.id, text.trimmed());
    if (!note) {
        MessageBox::warning(this, tr("Add note"), note.error().message());
        return false;
    }
    m_case.notes.append(note.value());
    m_noteEdit->clear();
    refreshNotes();
    refreshHistory();
    Q_EMIT caseSaved(m_case.id);
    return true;
}

bool CaseEditor::addAttachmentFile(const QString &path)
{
    if (!m_db || !m_open || isNew())
        return false;
    auto added = Attachments(*m_db).addFile(m_case.id, path);
    if (!added) {
        m_attachmentError->setText(tr("“%1” was not added: %2").arg(QFileInfo(path).fileName(), added.error().message()));
        m_attachmentError->show();
        return false;
    }
    m_attachmentError->clear();
    m_attachmentError->hide();
    refreshAttachments();
    refreshHistory();
    Q_EMIT caseSaved(m_case.id);
    return true;
}

void CaseEditor::saveAttachmentCopy()
{
    QListWidgetItem *item = m_attachments->currentItem();
    if (!m_db || !item)
        return;
    auto content = Attachments(*m_db).content(item->data(Qt::UserRole).toString());
    if (!content) {
        MessageBox::warning(this, tr("Save a copy"), content.error().message());
        return;
    }
    AttachmentPreview::saveCopy(this, item->data(Qt::UserRole + 1).toString(), content.value());
    SecureString::wipe(content.value());
}

void CaseEditor::previewAttachment()
{
    QListWidgetItem *item = m_attachments->currentItem();
    if (!m_db || !item)
        return;
    auto content = Attachments(*m_db).content(item->data(Qt::UserRole).toString());
    if (!content) {
        MessageBox::warning(this, tr("Show the scan"), content.error().message());
        return;
    }
    delete m_preview;
    const QString fileName = item->data(Qt::UserRole + 1).toString();
    m_preview = new AttachmentPreview(
        fileName, Attachments::detectMediaType(content.value().left(16)), std::move(content).value(), this);
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    m_preview->open();
}

} // namespace vangnet
