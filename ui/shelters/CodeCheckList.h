#pragma once

#include <QListWidget>
#include <QPair>
#include <QVector>

namespace vangnet {

// A multiple choice over a code list with translated labels (genders, residence statuses,
// languages, specialisms): one checkable row per code; the codes are kept, the labels shown.
class CodeCheckList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeCheckList)

public:
    using Entry = QPair<QString, QString>; // code, label

    explicit CodeCheckList(const QVector<Entry> &entries, QWidget *parent = nullptr);

    // Checked codes in list order.
    QStringList codes() const;
    // Unknown codes are added (shown as themselves) rather than lost.
    void setCodes(const QStringList &codes);
    // Rows shown before the list scrolls.
    void setVisibleRows(int rows);

    QSize sizeHint() const override;

Q_SIGNALS:
    void changed();

private:
    int m_visibleRows = 6;
};

} // namespace vangnet
