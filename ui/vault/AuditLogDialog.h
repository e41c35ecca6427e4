#pragma once

#include "audit/AuditLog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace vangnet {

class Clock;
class Vault;

// The audit log in plain words (issue 16): when, who, what happened and to which case, filtered by
// period and kind of event, and a button that checks the hash chain. Both read on a VaultReader off
// the window's thread (readInBackground); a newer request makes an older one's answer stale.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    AuditLogDialog(Vault &vault, const Clock &clock, QWidget *parent = nullptr);
    ~AuditLogDialog() override;
    // The filters as chosen: for tests and the first load.
    AuditQuery query() const;
    // Started reads that have not answered yet (tests wait for 0).
    int pending() const { return m_pending; }

public Q_SLOTS:
    void reload();
    void verify();

private:
    void showEntries(const QVector<AuditEntry> &entries);

    Vault &m_vault;
    const Clock &m_clock;
    QComboBox *m_period;
    QComboBox *m_kind;
    QTableWidget *m_table;
    QPushButton *m_verify;
    QLabel *m_status;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace vangnet
