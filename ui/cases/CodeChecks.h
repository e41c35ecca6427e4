#pragma once

#include "domain/Codes.h"

#include <QWidget>

#include <vector>

class QCheckBox;

namespace vangnet {

// One check box per code of a list (exploitation forms, needs): a multiple choice that is fully
// reachable with Tab and Space.
class CodeChecks final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeChecks)

public:
    CodeChecks(CodeKind kind, int columns, QWidget *parent = nullptr);

    QStringList codes() const;
    void setCodes(const QStringList &codes);
    QCheckBox *box(const QString &code) const;

Q_SIGNALS:
    void changed();

private:
    CodeKind m_kind;
    std::vector<QCheckBox *> m_boxes;
};

} // namespace vangnet
