#pragma once

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace vangnet {

class Database;

// The case editor's "Documents" section: the right of access report and the handover summary, each
// saved as a PDF (after confirming that the file is not encrypted) or printed, in the language
// chosen here. Making either is recorded in the audit log. The consent form is printed from the
// consent dialog, the placement request from the placement section.
class CaseDocumentsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDocumentsPage)

public:
    explicit CaseDocumentsPage(QWidget *parent = nullptr);

    void setCase(const QString &caseId, Database &db);
    void clear();
    // The language code the documents are written in ("nl", "en", or an organisation's own).
    QString language() const;

Q_SIGNALS:
    // A document was written (tests; the path of the PDF).
    void documentWritten(const QString &path);

private:
    enum class Kind { AccessReport, Summary };
    enum class Way { Pdf, Print };
    void make(Kind kind, Way way);
    void showProblem(const QString &message);

    Database *m_db = nullptr;
    QString m_caseId;
    QComboBox *m_language = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_accessPdf = nullptr;
    QPushButton *m_accessPrint = nullptr;
    QPushButton *m_summaryPdf = nullptr;
    QPushButton *m_summaryPrint = nullptr;
};

} // namespace vangnet
