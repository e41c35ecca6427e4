#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace vangnet {

class Database;

// The visit rules of one case (two-person visits only, no home visits, …) as the case editor's
// "Visit rules" tab: a check box per rule, a note, and Save. Saving emits rulesChanged so the
// danger banner and the open-risks overview show the new rules at once.
class VisitRulesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitRulesPanel)

public:
    explicit VisitRulesPanel(QWidget *parent = nullptr);

    void setCase(const QString &caseId, Database &db);
    void clear();
    bool save();

signals:
    void rulesChanged(const QString &caseId);

private:
    void setEditable(bool editable);

    QString m_caseId;
    Database *m_db = nullptr;
    QList<QCheckBox *> m_boxes;
    QPlainTextEdit *m_note;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace vangnet
