#include "cases/CodeChecks.h"

#include <QCheckBox>
#include <QGridLayout>

namespace vangnet {

CodeChecks::CodeChecks(CodeKind kind, int columns, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QStringList &all = Codes::all(kind);
    for (qsizetype i = 0; i < all.size(); ++i) {
        auto *box = new QCheckBox(Codes::label(kind, all.at(i)), this);
        box->setObjectName(QStringLiteral("check_") + all.at(i));
        box->setProperty("code", all.at(i));
        connect(box, &QCheckBox::toggled, this, &CodeChecks::changed);
        layout->addWidget(box, int(i / columns), int(i % columns));
        m_boxes.push_back(box);
    }
}

QStringList CodeChecks::codes() const
{
    QStringList out;
    for (QCheckBox *box : m_boxes)
        if (box->isChecked())
            out.append(box->property("code").toString());
    return out;
}

void CodeChecks::setCodes(const QStringList &codes)
{
    for (QCheckBox *box : m_boxes)
        box->setChecked(codes.contains(box->property("code").toString()));
}

QCheckBox *CodeChecks::box(const QString &code) const
{
    for (QCheckBox *box : m_boxes)
        if (box->property("code").toString() == code)
            return box;
    return nullptr;
}

} // namespace vangnet
