#include "MemoryScan.h"

#include <QFile>

#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace vangnet::test {
namespace {

constexpr std::size_t StoreBytes = 64 * 1024;
constexpr std::size_t WindowBytes = 4 * 1024 * 1024;
constexpr std::size_t Overlap = 4096; // longer than any marker

unsigned char *privateMapping(std::size_t size)
{
    void *p = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? nullptr : static_cast<unsigned char *>(p);
}

} // namespace

MemoryScan::MemoryScan()
    : m_store(privateMapping(StoreBytes))
    , m_storeSize(StoreBytes)
    , m_window(privateMapping(WindowBytes + Overlap))
    , m_windowSize(WindowBytes + Overlap)
{ }

MemoryScan::~MemoryScan()
{
    if (m_store)
        ::munmap(m_store, m_storeSize);
    if (m_window)
        ::munmap(m_window, m_windowSize);
}

int MemoryScan::add(const QString &text)
{
    const int marker = int(m_markers.size());
    const auto put = [&](const char *encoding, const void *data, std::size_t size) {
        if (!m_store || m_used + size > m_storeSize)
            qFatal("MemoryScan: marker store full");
        std::memcpy(m_store + m_used, data, size);
        m_patterns.push_back(Pattern { marker, encoding, m_used, size });
        m_used += size;
    };
    put("UTF-16", text.constData(), std::size_t(text.size()) * 2);
    m_markers.emplace_back(m_patterns.back().offset, m_patterns.back().size);
    QByteArray utf8 = text.toUtf8();
    QByteArray latin1 = text.toLatin1();
    put("UTF-8", utf8.constData(), std::size_t(utf8.size()));
    if (latin1 != utf8)
        put("Latin-1", latin1.constData(), std::size_t(latin1.size()));
    utf8.fill('\0');
    latin1.fill('\0');
    return marker;
}

QString MemoryScan::text(int marker) const
{
    const auto &[offset, size] = m_markers.at(std::size_t(marker));
    return QString(reinterpret_cast<const QChar *>(m_store + offset), qsizetype(size / 2));
}

std::vector<MemoryScan::Hit> MemoryScan::scan() const
{
    std::vector<Hit> hits;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("MemoryScan: cannot read /proc/self/maps");
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const int mem = ::open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    if (mem < 0)
        qFatal("MemoryScan: cannot open /proc/self/mem");
    // The kernel may merge our two mappings with neighbours: judge each hit by its address.
    const auto ours = [&](quintptr address) {
        return (address >= quintptr(m_store) && address < quintptr(m_store) + m_storeSize)
            || (address >= quintptr(m_window) && address < quintptr(m_window) + m_windowSize);
    };
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || !fields.at(1).startsWith("rw"))
            continue;
        const QString name = fields.size() >= 6 ? QString::fromUtf8(fields.at(5)) : QString();
        if (name == QLatin1String("[vvar]") || name == QLatin1String("[vsyscall]"))
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        bool ok1 = false, ok2 = false;
        const quintptr start = range.value(0).toULongLong(&ok1, 16);
        const quintptr end = range.value(1).toULongLong(&ok2, 16);
        if (!ok1 || !ok2)
            continue;
        std::size_t carried = 0; // bytes kept from the previous window, so a marker across two is found
        for (quintptr at = start; at < end;) {
            const std::size_t want = std::min<std::size_t>(WindowBytes, end - at);
            const ssize_t got = ::pread(mem, m_window + carried, want, off_t(at));
            if (got <= 0)
                break; // unreadable (a guard page): skip the rest of this mapping
            const std::size_t filled = carried + std::size_t(got);
            for (const Pattern &p : m_patterns) {
                const unsigned char *from = m_window;
                const unsigned char *stop = m_window + filled;
                while (from + p.size <= stop) {
                    const void *found = ::memmem(from, std::size_t(stop - from), m_store + p.offset, p.size);
                    if (!found)
                        break;
                    const auto *f = static_cast<const unsigned char *>(found);
                    // A match lying wholly in the carried part was counted in the previous window.
                    const quintptr address = at - carried + quintptr(f - m_window);
                    if ((f + p.size > m_window + carried || carried == 0) && !ours(address))
                        hits.push_back(Hit { p.marker, QString::fromLatin1(p.encoding), name });
                    from = f + 1;
                }
            }
            const std::size_t keep = std::min<std::size_t>(Overlap, filled);
            std::memmove(m_window, m_window + filled - keep, keep);
            carried = keep;
            at += quintptr(got);
        }
    }
    ::close(mem);
    return hits;
}

QString MemoryScan::describe(const std::vector<Hit> &hits, const QStringList &names)
{
    QStringList out;
    for (const Hit &h : hits)
        out.append(
            QStringLiteral("%1 (%2) in %3")
                .arg(names.value(h.marker), h.encoding, h.mapping.isEmpty() ? QStringLiteral("anonymous memory") : h.mapping));
    return out.join(QStringLiteral("; "));
}

} // namespace vangnet::test
