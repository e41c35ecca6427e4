#pragma once

#include "common/Result.h"

#include <QIODevice>

namespace vangnet {

class AtomicFile;

// A write-only QIODevice over an open AtomicFile, for code that streams into a QIODevice (bundles).
// Every write goes straight to the file (no buffering); the first error is kept in status() with the
// AtomicFile's message, and the caller then does not commit.
class AtomicFileDevice final : public QIODevice
{
public:
    explicit AtomicFileDevice(AtomicFile &file);
    Q_DISABLE_COPY_MOVE(AtomicFileDevice)

    const Status &status() const { return m_status; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    AtomicFile &m_file;
    Status m_status;
};

} // namespace vangnet
