#pragma once

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace vangnet {

class Vault;

// Links a record (an incident) to a case: type part of a case number or a name, pick the case from
// the matches. The search runs on a read-only connection in the background (Vault::openReader), so
// typing never waits for the vault; a newer search cancels the older one. Shows the case number,
// never the case's id.
class CasePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasePicker)

public:
    static constexpr int kSearchDelayMs = 200;
    static constexpr int kMaxMatches = 20;

    explicit CasePicker(QWidget *parent = nullptr);
    ~CasePicker() override;

    // Null: no search (the field still shows and clears a link).
    void setVault(Vault *vault);
    // The linked case (empty: none) and its number as shown.
    QString caseId() const { return m_caseId; }
    void setCase(const QString &caseId, const QString &number);
    QLineEdit *searchField() const { return m_search; }
    QListWidget *matches() const { return m_matches; }

Q_SIGNALS:
    void caseChanged(const QString &caseId);
    // A search finished (tests; the list holds its matches).
    void searched();

private:
    void startSearch();
    void pick(QListWidgetItem *item);

    Vault *m_vault = nullptr;
    QString m_caseId;
    QString m_number;
    QLineEdit *m_search;
    QListWidget *m_matches;
    QLabel *m_state;
    QTimer *m_delay;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_generation = 0;
};

} // namespace vangnet
