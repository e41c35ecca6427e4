#include "cases/CodeCombo.h"

#include "common/NameSearch.h"

namespace vangnet {

CodeCombo::CodeCombo(CodeKind kind, const QString &emptyText, QWidget *parent)
    : QComboBox(parent)
    , m_kind(kind)
{
    if (!emptyText.isNull())
        addItem(emptyText, QString());
    for (const QString &code : Codes::all(kind))
        addItem(Codes::label(kind, code), code);
    // Countries and languages: typing part of the Dutch or English name finds the entry.
    if (kind == CodeKind::Country || kind == CodeKind::Language)
        NameSearch::makeSearchable(this, kind);
    if (Codes::all(kind).size() > 20)
        setMaxVisibleItems(20);
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
