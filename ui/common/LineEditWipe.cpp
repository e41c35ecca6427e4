#include "common/LineEditWipe.h"

#include "crypto/SecureString.h"

#include <QLineEdit>

namespace vangnet {

void wipeLineEdit(QLineEdit *edit)
{
    if (!edit)
        return;
    // `held` shares the widget's buffer; once setText() has let go of it, `held` owns it alone and
    // SecureString can overwrite it. clear() would record the removed text in the undo history;
    // setText() empties that history instead.
    QString held = edit->text();
    edit->setText(QString());
    edit->setModified(false);
    SecureString::wipe(held);
}

} // namespace vangnet
