#pragma once

#include "domain/Codes.h"

#include <QComboBox>

namespace vangnet {

// A combo box over one code list of domain/Codes: shows the translated labels, keeps the codes.
// The first entry is "not recorded" (an empty code) unless the box is created without it.
class CodeCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeCombo)

public:
    CodeCombo(CodeKind kind, const QString &emptyText, QWidget *parent = nullptr);

    QString code() const;
    // An unknown code is added (shown as itself) rather than lost.
    void setCode(const QString &code);
    CodeKind kind() const { return m_kind; }

private:
    CodeKind m_kind;
};

} // namespace vangnet
