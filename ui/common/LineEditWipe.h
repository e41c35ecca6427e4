#pragma once

class QLineEdit;

namespace vangnet {

// Empties a field that held a secret or case data so that the widget keeps no copy: the text buffer is
// overwritten before it is released (SecureString) and the undo/redo history, which QLineEdit keeps
// even after clear(), is dropped (setText() resets it).
void wipeLineEdit(QLineEdit *edit);

} // namespace vangnet
