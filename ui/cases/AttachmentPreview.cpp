#include "cases/AttachmentPreview.h"

#include "common/FileChooser.h"
#include "common/MessageBox.h"
#include "common/PlaintextWriteConfirmation.h"
#include "crypto/SecureString.h"
#include "platform/AtomicFile.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace vangnet {

AttachmentPreview::AttachmentPreview(const QString &fileName, const QString &mediaType, QByteArray bytes, QWidget *parent)
    : QDialog(parent)
    , m_fileName(fileName)
    , m_bytes(std::move(bytes))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("attachmentPreview"));
    // The file name is what the coordinator gave the scan; the title bar is this dialog's, not the window's.
    setWindowTitle(tr("Scan: %1").arg(fileName));
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    if (mediaType == QLatin1String("application/pdf"))
        showPdf();
    else
        showImage();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save a &copy…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("previewSaveButton"));
    save->setAccessibleName(tr("Save an unencrypted copy of the scan"));
    save->setToolTip(tr("Writes an unencrypted copy of the scan to a place you choose"));
    save->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("previewCloseButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the preview"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] { saveCopy(this, m_fileName, m_bytes); });

    // Fits a 1024×576 screen with room for the window frame.
    QSize size(900, 640);
    if (const QScreen *screen = parent ? parent->screen() : nullptr)
        size = size.boundedTo(screen->availableSize() - QSize(60, 80));
    resize(size);
}

AttachmentPreview::~AttachmentPreview()
{
    // The renderers and the buffer first (they read m_bytes), then our copy of the scan.
    delete m_pdfView;
    m_pdfView = nullptr;
    if (m_pdf)
        m_pdf->close();
    delete m_pdf;
    delete m_buffer;
    delete m_imageArea;
    SecureString::wipe(m_bytes);
}

void AttachmentPreview::showImage()
{
    QImage image = QImage::fromData(m_bytes);
    if (image.isNull()) {
        showProblem(tr("This scan cannot be shown here (its image format is not supported on this computer). Save a "
                       "copy to open it in another program."));
        return;
    }
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("previewImage"));
    label->setAccessibleName(tr("Scan %1").arg(m_fileName));
    label->setAlignment(Qt::AlignCenter);
    label->setPixmap(QPixmap::fromImage(std::move(image)));
    m_imageArea = new QScrollArea(this);
    m_imageArea->setObjectName(QStringLiteral("previewImageArea"));
    m_imageArea->setAccessibleName(tr("Scan"));
    m_imageArea->setWidget(label);
    m_imageArea->setWidgetResizable(true);
    layout()->addWidget(m_imageArea);
    m_shown = true;
}

void AttachmentPreview::showPdf()
{
    // Qt PDF reads from the QIODevice through PDFium's file-access callbacks: no temporary file.
    m_buffer = new QBuffer(&m_bytes);
    m_buffer->open(QIODevice::ReadOnly);
    m_pdf = new QPdfDocument;
    m_pdf->load(m_buffer);
    if (m_pdf->status() != QPdfDocument::Status::Ready || m_pdf->pageCount() < 1) {
        showProblem(tr("This PDF cannot be shown here (it may be damaged or protected with a password). Save a copy to "
                       "open it in another program."));
        return;
    }
    m_pdfView = new QPdfView(this);
    m_pdfView->setObjectName(QStringLiteral("previewPdf"));
    m_pdfView->setAccessibleName(tr("Scan %1").arg(m_fileName));
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setDocument(m_pdf);
    layout()->addWidget(m_pdfView);
    m_shown = true;
}

void AttachmentPreview::showProblem(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

bool AttachmentPreview::saveCopy(QWidget *parent, const QString &fileName, const QByteArray &bytes)
{
    const QString target = FileChooser::saveFile(parent, tr("Save a copy of the scan"), fileName, QString());
    if (target.isEmpty() || !PlaintextWriteConfirmation::confirm(parent, tr("the scan “%1” of this case").arg(fileName), target))
        return false;
    if (auto st = AtomicFile::writeAll(target, bytes); !st) {
        MessageBox::warning(parent, tr("Save a copy"), st.error().message());
        return false;
    }
    return true;
}

} // namespace vangnet
