#include "placement/PlacementRequestDialog.h"

#include "DocumentLanguage.h"
#include "PlacementRequestDocument.h"
#include "common/DocumentOutput.h"
#include "common/MessageBox.h"
#include "consent/ConsentPolicy.h"
#include "consent/ConsentPurposes.h"
#include "privacy/DocumentDisclosure.h"
#include "privacy/PlacementRequestContent.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vangnet {
namespace {

constexpr int kScopesRole = Qt::UserRole + 1;
const QString kPlacement = QStringLiteral("placement");

} // namespace

PlacementRequestDialog::PlacementRequestDialog(Database &db, const QString &caseId, const QString &placementId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_caseId(caseId)
    , m_placementId(placementId)
{
    setObjectName(QStringLiteral("placementRequestDialog"));
    setWindowTitle(tr("Placement request"));

    auto *intro = new QLabel(tr("The request holds only what a shelter needs for this placement, as far as the person's consent "
                                "for a placement allows: never the person's name, phone or address."),
        this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    m_recipient = new QComboBox(this);
    m_recipient->setObjectName(QStringLiteral("recipient"));
    form->addRow(tr("&For:"), m_recipient);
    m_perpetrators = new QCheckBox(tr("Include the threat assessment and where perpetrators are known"), this);
    m_perpetrators->setObjectName(QStringLiteral("withPerpetrators"));
    m_perpetrators->setToolTip(tr("Only when the person's consent for this recipient names the perpetrators. Without it the "
                                  "shelter sees only the required security level."));
    form->addRow(QString(), m_perpetrators);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("documentLanguage"));
    for (const QString &code : DocumentLanguage::available())
        m_language->addItem(DocumentLanguage::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(DocumentLanguage::current())));
    form->addRow(tr("&Language:"), m_language);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(QStringLiteral("requestPdf"));
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("requestPrint"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pdf, &QPushButton::clicked, this, [this] { make(false); });
    connect(m_print, &QPushButton::clicked, this, [this] { make(true); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    loadRecipients();
    connect(m_recipient, &QComboBox::currentIndexChanged, this, &PlacementRequestDialog::update);
    update();
}

QString PlacementRequestDialog::problem() const
{
    return m_problem->text();
}

void PlacementRequestDialog::loadRecipients()
{
    m_recipient->clear();
    auto overview = ConsentPolicy(m_db).overview(m_caseId);
    if (!overview) {
        m_problem->setText(overview.error().message());
        return;
    }
    for (const RecipientOverview &o : overview.value()) {
        if (o.purpose != kPlacement || !o.decision.allowed)
            continue;
        m_recipient->addItem(o.contactName, o.contactId);
        m_recipient->setItemData(m_recipient->count() - 1, o.decision.scopes, kScopesRole);
    }
}

void PlacementRequestDialog::update()
{
    const bool any = m_recipient->count() > 0;
    m_pdf->setEnabled(any);
    m_print->setEnabled(any);
    m_recipient->setEnabled(any);
    const QStringList scopes = m_recipient->currentData(kScopesRole).toStringList();
    const bool perpetrators = scopes.contains(QStringLiteral("perpetrators"));
    if (!perpetrators)
        m_perpetrators->setChecked(false);
    m_perpetrators->setEnabled(perpetrators);
    if (!any && m_problem->text().isEmpty())
        m_problem->setText(tr("No consent for a placement holds today. Record the person's consent for the purpose \"%1\" with "
                              "the shelter or CoMensha first (Consent section).")
                               .arg(ConsentPurposes::label(kPlacement)));
}

void PlacementRequestDialog::make(bool print)
{
    const QString recipient = m_recipient->currentData().toString();
    if (recipient.isEmpty())
        return;
    QString html;
    PlacementRequestContent content;
    {
        const DocumentLanguage language(m_language->currentData().toString());
        auto request = PlacementRequestContent::collect(m_db, m_placementId, recipient, m_perpetrators->isChecked());
        if (!request) {
            m_problem->setText(request.error().message());
            return;
        }
        content = request.value();
        html = PlacementRequestDocument::html(content);
    }
    // What the consent held back is told to the coordinator, never printed.
    m_problem->setText(content.heldBack.join(QLatin1Char('\n')));
    const QString documentId = DocumentDisclosure::newDocumentId();
    if (print) {
        if (!DocumentOutput::print(this, html, tr("Print the placement request")))
            return;
        if (auto st = content.recordDisclosure(m_db, documentId); !st) {
            MessageBox::warning(this, tr("Placement request"),
                tr("The request was printed, but it could not be recorded as a disclosure: %1 Destroy the printout.")
                    .arg(st.error().message()));
            return;
        }
        Q_EMIT requestDisclosed(QString());
        return;
    }
    DocumentOutput::savePdf(this, html, PlacementRequestDocument::neutralTitle(), tr("placement-request.pdf"),
        tr("the placement request with what the shelter needs to know"),
        [this, content, documentId](const QString &path, const QByteArray &) {
            // Without its row in the disclosure register the request may not stay.
            if (auto st = content.recordDisclosure(m_db, documentId); !st) {
                QFile::remove(path);
                MessageBox::warning(this, tr("Placement request"), st.error().message());
                return;
            }
            Q_EMIT requestDisclosed(path);
        });
}

} // namespace vangnet
