#include "consent/ConsentListModel.h"

#include "i18n/DateText.h"

#include "consent/ConsentPolicy.h"
#include "consent/ConsentPurposes.h"
#include "consent/ConsentScopes.h"

#include <QLocale>

namespace vangnet {

ConsentListModel::ConsentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConsentListModel::setConsents(
    const QVector<Consent> &consents, const QHash<QString, QString> &recipientNames, const QDate &today)
{
    beginResetModel();
    m_consents = consents;
    m_names = recipientNames;
    m_today = today;
    endResetModel();
}

void ConsentListModel::clear()
{
    setConsents({}, {}, m_today);
}

const Consent *ConsentListModel::consentAt(int row) const
{
    return row >= 0 && row < m_consents.size() ? &m_consents.at(row) : nullptr;
}

int ConsentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_consents.size());
}

int ConsentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConsentListModel::statusLabel(const QString &statusCode)
{
    return ConsentPolicy::statusLabel(statusCode);
}

QVariant ConsentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_consents.size() || index.column() >= ColumnCount)
        return {};
    const Consent &c = m_consents.at(index.row());
    if (role == ConsentIdRole)
        return c.id;
    if (role == StatusCodeRole)
        return ConsentPolicy::statusCode(c, m_today);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RecipientColumn:
        return m_names.value(c.recipientId, c.recipientId);
    case PurposeColumn:
        return c.purposeText.isEmpty() ? ConsentPurposes::label(c.purpose)
                                       : tr("%1: %2").arg(ConsentPurposes::label(c.purpose), c.purposeText);
    case ScopesColumn: {
        QStringList labels;
        for (const QString &s : c.scopes)
            labels.append(ConsentScopes::label(s));
        return labels.join(QStringLiteral(", "));
    }
    case ValidFromColumn:
        return DateText::date(c.validFrom);
    case ExpiresColumn:
        return DateText::date(c.expires);
    case StatusColumn:
        return statusLabel(ConsentPolicy::statusCode(c, m_today));
    default:
        return {};
    }
}

QVariant ConsentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecipientColumn:
        return tr("Recipient");
    case PurposeColumn:
        return tr("Purpose");
    case ScopesColumn:
        return tr("Scopes");
    case ValidFromColumn:
        return tr("Valid from");
    case ExpiresColumn:
        return tr("Expires");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace vangnet
