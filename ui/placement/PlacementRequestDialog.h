#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace vangnet {

class Database;

// Makes the placement request for one placement (PlacementRequestContent): the recipient is chosen
// from the contacts the person consented to for a placement, the threat assessment and perpetrators'
// known areas go along only when ticked and the consent names them. Saved as a PDF (after confirming
// the unencrypted file) or printed; either way it is recorded in the disclosure register.
class PlacementRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementRequestDialog)

public:
    PlacementRequestDialog(Database &db, const QString &caseId, const QString &placementId, QWidget *parent = nullptr);

    // The inline message (no consent, a refusal); empty when the request can be made.
    QString problem() const;

Q_SIGNALS:
    // The request left and is recorded as a disclosure (tests: the PDF's path, empty when printed).
    void requestDisclosed(const QString &path);

private:
    void loadRecipients();
    void update();
    void make(bool print);

    Database &m_db;
    QString m_caseId;
    QString m_placementId;
    QComboBox *m_recipient = nullptr;
    QCheckBox *m_perpetrators = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace vangnet
