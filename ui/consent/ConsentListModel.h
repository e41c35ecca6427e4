#pragma once

#include "consent/Consent.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QVector>

namespace vangnet {

// A case's consents as a read-only table: recipient, purpose, scopes, valid from, expires, status.
// A case holds a handful of consents, so the model is filled whole by setConsents.
class ConsentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentListModel)

public:
    enum Column { RecipientColumn, PurposeColumn, ScopesColumn, ValidFromColumn, ExpiresColumn, StatusColumn, ColumnCount };
    enum Role { ConsentIdRole = Qt::UserRole + 1, StatusCodeRole };

    explicit ConsentListModel(QObject *parent = nullptr);

    // recipientNames: contact id → name.
    void setConsents(const QVector<Consent> &consents, const QHash<QString, QString> &recipientNames, const QDate &today);
    void clear();
    const Consent *consentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(const QString &statusCode);

private:
    QVector<Consent> m_consents;
    QHash<QString, QString> m_names;
    QDate m_today;
};

} // namespace vangnet
