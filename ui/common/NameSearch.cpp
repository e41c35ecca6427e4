#include "common/NameSearch.h"

#include "i18n/IsoNames.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace vangnet {
namespace {

constexpr int kSearchRole = Qt::UserRole + 1;

QString searchText(CodeKind kind, const QString &code, const QString &shown)
{
    const QString nl = kind == CodeKind::Country ? IsoNames::country(code, QStringLiteral("nl"))
                                                 : IsoNames::language(code, QStringLiteral("nl"));
    const QString en = kind == CodeKind::Country ? IsoNames::country(code, QStringLiteral("en"))
                                                 : IsoNames::language(code, QStringLiteral("en"));
    QStringList parts { shown };
    for (const QString &name : { nl, en })
        if (!name.isEmpty() && !parts.contains(name))
            parts.append(name);
    return parts.join(QStringLiteral(" · "));
}

// Completes the part after the last comma and keeps what comes before it.
class ListCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override { return { path.section(QLatin1Char(','), -1).trimmed() }; }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *edit = qobject_cast<QLineEdit *>(widget());
        const QString text = edit ? edit->text() : QString();
        const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
        const QString before = comma < 0 ? QString() : text.left(comma + 1) + QLatin1Char(' ');
        return before + index.data(Qt::DisplayRole).toString();
    }
};

} // namespace

void NameSearch::makeSearchable(QComboBox *combo, CodeKind kind)
{
    const QString current = combo->currentData().toString();
    // Sort by the shown name (the first entry, "not recorded", stays first).
    QList<QPair<QString, QString>> entries; // label, code
    QString emptyText;
    bool hasEmpty = false;
    for (int i = 0; i < combo->count(); ++i) {
        const QString code = combo->itemData(i).toString();
        if (code.isEmpty()) {
            hasEmpty = true;
            emptyText = combo->itemText(i);
        } else {
            entries.append({ combo->itemText(i), code });
        }
    }
    std::sort(entries.begin(), entries.end(),
        [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    combo->clear();
    if (hasEmpty)
        combo->addItem(emptyText, QString());
    for (const auto &[label, code] : entries) {
        combo->addItem(label, code);
        combo->setItemData(combo->count() - 1, searchText(kind, code, label), kSearchRole);
    }
    if (hasEmpty)
        combo->setItemData(0, emptyText, kSearchRole);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto *completer = new QCompleter(combo->model(), combo);
    completer->setCompletionRole(kSearchRole);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    QObject::connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), combo, [combo](const QModelIndex &) {
        // QComboBox chose the row; show its name rather than the searched text.
        combo->setEditText(combo->currentText());
        combo->lineEdit()->setText(combo->itemText(combo->currentIndex()));
    });
    // Text that names no entry is not kept: leaving the field shows the chosen entry again.
    QObject::connect(combo->lineEdit(), &QLineEdit::editingFinished, combo, [combo] {
        // A whole name in either language, or the code, chooses its entry.
        const QString typed = combo->lineEdit()->text().trimmed();
        for (int i = 0; i < combo->count() && !typed.isEmpty(); ++i) {
            const QStringList names = combo->itemData(i, kSearchRole).toString().split(QStringLiteral(" · "));
            if (names.contains(typed, Qt::CaseInsensitive)
                || combo->itemData(i).toString().compare(typed, Qt::CaseInsensitive) == 0) {
                combo->setCurrentIndex(i);
                break;
            }
        }
        combo->lineEdit()->setText(combo->itemText(combo->currentIndex()));
    });
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void NameSearch::attachLanguageList(QLineEdit *edit)
{
    auto *model = new QStandardItemModel(edit);
    QList<QPair<QString, QString>> entries;
    for (const QString &code : IsoNames::languageCodes())
        entries.append({ IsoNames::language(code), code });
    std::sort(entries.begin(), entries.end(),
        [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, code] : entries) {
        auto *item = new QStandardItem(name);
        item->setData(searchText(CodeKind::Language, code, name), kSearchRole);
        model->appendRow(item);
    }
    auto *completer = new ListCompleter(model, edit);
    completer->setCompletionRole(kSearchRole);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    edit->setCompleter(completer);
}

QString NameSearch::languagesText(const QJsonArray &codes)
{
    QStringList names;
    for (const QJsonValue &v : codes)
        names.append(Codes::label(CodeKind::Language, v.toString()));
    return names.join(QStringLiteral(", "));
}

QJsonArray NameSearch::languageCodes(const QString &text)
{
    QJsonArray out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        const QString code = IsoNames::languageCode(name);
        out.append(code.isEmpty() ? name : code);
    }
    return out;
}

} // namespace vangnet
