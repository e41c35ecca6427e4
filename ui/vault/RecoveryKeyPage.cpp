#include "vault/RecoveryKeyPage.h"

#include "common/MessageBox.h"
#include "common/PageLayout.h"
#include "crypto/SecureString.h"
#include "i18n/DateText.h"
#include "safety/SecureClipboard.h"
#include "vault/VaultIdText.h"

#include <QCheckBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QTextDocument>

namespace vangnet {

RecoveryKeyPage::RecoveryKeyPage(QWidget *parent)
    : QWidget(parent)
    , m_keyLabel(new QLabel(this))
    , m_details(new QLabel(this))
    , m_stored(new QCheckBox(tr("I have stored the recovery key in a safe place"), this))
    , m_continue(new QPushButton(tr("&Continue"), this))
{
    setObjectName(QStringLiteral("recoveryKeyPage"));
    QVBoxLayout *column = centeredColumn(this, 600);

    auto *intro = new QLabel(tr("If the passphrase is ever forgotten, this recovery key is the only way into the vault. "
                                "Print it or write it down and keep it in your organisation's safe. Vangnet does not "
                                "store it and will not show it again."),
        this);
    intro->setWordWrap(true);

    m_keyLabel->setObjectName(QStringLiteral("recoveryKeyLabel"));
    // The key itself is never handed to assistive technology (speech output can be overheard and is
    // logged by some screen readers): print it, which also gives the copy for the safe.
    m_keyLabel->setAccessibleName(tr("Recovery key"));
    m_keyLabel->setAccessibleDescription(tr("Not read aloud, so that it cannot be overheard. Use Print to get it on paper."));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.5);
    m_keyLabel->setFont(mono);
    m_keyLabel->setWordWrap(true);
    m_keyLabel->setAlignment(Qt::AlignCenter);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_keyLabel->setStyleSheet(QStringLiteral("QLabel { background: palette(base); border: 1px solid palette(mid);"
                                             " border-radius: 4px; padding: 14px; }"));
    m_details->setObjectName(QStringLiteral("recoveryKeyDetails"));
    m_details->setWordWrap(true);
    m_details->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    auto *printButton = new QPushButton(tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("printButton"));
    printButton->setAutoDefault(false);
    auto *copyButton = new QPushButton(tr("C&opy"), this);
    copyButton->setObjectName(QStringLiteral("copyButton"));
    copyButton->setAutoDefault(false);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(printButton);
    actions->addWidget(copyButton);

    m_stored->setObjectName(QStringLiteral("storedCheckBox"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setDefault(true);
    m_continue->setEnabled(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_stored);
    bottom->addStretch();
    bottom->addWidget(m_continue);

    column->addWidget(pageTitle(tr("Your recovery key"), this));
    column->addWidget(intro);
    column->addWidget(m_keyLabel);
    column->addWidget(m_details);
    column->addLayout(actions);
    column->addSpacing(8);
    column->addLayout(bottom);

    connect(printButton, &QPushButton::clicked, this, &RecoveryKeyPage::print);
    connect(copyButton, &QPushButton::clicked, this, &RecoveryKeyPage::copy);
    connect(m_stored, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, &RecoveryKeyPage::finished);
    setTabOrder(m_keyLabel, printButton);
    setTabOrder(printButton, copyButton);
    setTabOrder(copyButton, m_stored);
    setTabOrder(m_stored, m_continue);
    setFocusProxy(m_stored);
}

void RecoveryKeyPage::setRecoveryKey(const QString &key, const QString &vaultId, const QString &folder)
{
    m_key = key;
    m_vaultId = vaultId;
    m_folder = folder;
    m_keyLabel->setText(key);
    m_details->setText(tr("Vault %1 in %2").arg(vaultId, QDir::toNativeSeparators(folder)));
    m_stored->setChecked(false);
}

void RecoveryKeyPage::clearKey()
{
    // Leave no copy behind in the clipboard either (only if it still holds ours).
    SecureClipboard::instance()->clearIfOurs();
    SecureString::wipe(m_key);
    m_vaultId.clear();
    m_folder.clear();
    m_keyLabel->clear();
    m_details->clear();
    m_stored->setChecked(false);
}

void RecoveryKeyPage::copy()
{
    // Hidden from clipboard managers and taken away again after the clipboard interval and at lock.
    SecureClipboard::instance()->copySecret(m_key);
}

void RecoveryKeyPage::print()
{
    // A printer or nothing: never a PDF or any other file, which would hold the key unencrypted.
    const QList<QPrinterInfo> printers = QPrinterInfo::availablePrinters();
    if (printers.isEmpty()) {
        if (MessageBox::question(this, tr("No printer"),
                tr("No printer is set up on this computer. Vangnet does not save the recovery key to a file, because "
                   "anyone who finds that file could open the vault.\n\nWrite the key down by hand, or copy it now "
                   "and paste it where you keep it safe (the clipboard is emptied again after a short time).\n\n"
                   "Copy the recovery key?"),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes)
            copy();
        return;
    }
    const QPrinterInfo chosen = QPrinterInfo::defaultPrinter().isNull() ? printers.first() : QPrinterInfo::defaultPrinter();
    QPrinter printer(chosen, QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::NativeFormat);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery key"));
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false); // no "Print to File (PDF)" entry
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printer.outputFormat() != QPrinter::NativeFormat || !printer.outputFileName().isEmpty()) {
        MessageBox::warning(this, tr("Print the recovery key"),
            tr("The recovery key is printed on a printer only, never into a file. Nothing was printed."));
        return;
    }
    // Only what is needed to recover this vault: no case data.
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><p style=\"font-family: monospace; font-size: 16pt;\">%3</p>"
                                  "<table><tr><td>%4&nbsp;</td><td>%5</td></tr><tr><td>%6&nbsp;</td><td>%7</td></tr>"
                                  "<tr><td>%8&nbsp;</td><td>%9</td></tr></table>")
                       .arg(tr("Vangnet recovery key"),
                           tr("Keep this sheet in a safe place. Anyone holding it and the vault folder can open the vault."),
                           m_key.toHtmlEscaped(), tr("Vault:"), readableVaultId(m_vaultId).toHtmlEscaped(), tr("Folder:"),
                           QDir::toNativeSeparators(m_folder).toHtmlEscaped(), tr("Date:"), DateText::date(QDate::currentDate()));
    {
        QTextDocument document;
        document.setUndoRedoEnabled(false);
        document.setHtml(html);
        document.print(&printer);
        document.clear();
    }
    SecureString::wipe(html);
}

} // namespace vangnet
