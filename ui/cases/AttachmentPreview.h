#pragma once

#include <QByteArray>
#include <QDialog>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QScrollArea;

namespace vangnet {

// Shows a scan (PDF, PNG, JPEG, TIFF) straight from the vault's memory: the bytes go from the encrypted
// store into this dialog (QImage from the bytes, Qt PDF reading through a QBuffer), never into a file.
// "Save a copy…" writes a plaintext copy only after PlaintextWriteConfirmation. The dialog is destroyed
// at lock (CaseEditor::clear) and wipes its copy of the bytes when it goes.
class AttachmentPreview final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentPreview)

public:
    // bytes: the attachment's content (moved in); mediaType as Attachments::detectMediaType gives it.
    AttachmentPreview(const QString &fileName, const QString &mediaType, QByteArray bytes, QWidget *parent = nullptr);
    ~AttachmentPreview() override;

    // Whether the content could be shown (false: a message says why, the save button still works).
    bool isShowingContent() const { return m_shown; }

    // Asks for a place (FileChooser) and a confirmation that names the scan and says the copy is not
    // encrypted, then writes it through AtomicFile (0600). False when cancelled or failed (a message says why).
    static bool saveCopy(QWidget *parent, const QString &fileName, const QByteArray &bytes);

private:
    void showImage();
    void showPdf();
    void showProblem(const QString &message);

    QString m_fileName;
    QByteArray m_bytes;
    QBuffer *m_buffer = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QPdfView *m_pdfView = nullptr;
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_message;
    bool m_shown = false;
};

} // namespace vangnet
