#include "cases/CodeCombo.h"

namespace vangnet {

CodeCombo::CodeCombo(CodeKind kind, const QString &emptyText, QWidget *parent)
    : QComboBox(parent)
    , m_kind(kind)
{
    if (!emptyText.isNull())
        addItem(emptyText, QString());
    for (const QString &code : Codes::all(kind))
        addItem(Codes::label(kind, code), code);
    // Long lists (countries, languages): typing the first letters finds the entry.
    if (Codes::all(kind).size() > 20) {
        setEditable(false);
        setMaxVisibleItems(20);
    }
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
}

QString CodeCombo::code() const
{
    return currentData().toString();
}

void CodeCombo::setCode(const QString &code)
{
    int index = findData(code);
    if (index < 0) {
        addItem(code, code);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

} // namespace vangnet
