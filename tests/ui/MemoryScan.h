#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>
#include <vector>

namespace vangnet::test {

// Searches this process's own memory for secrets, as an attacker with a core image would.
// The markers are kept in a private anonymous mapping (and read into another one), both left out of
// the scan, so that the test's own reference copies are never counted. Every readable and writable
// mapping (heap, stacks, anonymous memory of Qt, SQLite, libsodium) is read through /proc/self/mem.
class MemoryScan
{
public:
    MemoryScan();
    ~MemoryScan();
    MemoryScan(const MemoryScan &) = delete;
    MemoryScan &operator=(const MemoryScan &) = delete;

    // Keeps `text` as UTF-8, Latin-1 (when it differs) and UTF-16LE; returns its index. The caller
    // wipes its own QString afterwards.
    int add(const QString &text);
    // A temporary copy for typing it into a widget (built from the private copy).
    QString text(int marker) const;

    struct Hit
    {
        int marker;
        QString encoding;
        QString mapping; // the mapping's name from /proc/self/maps ("[heap]", "[stack]", "" …)
    };
    // Every place where a marker is found, in any encoding.
    std::vector<Hit> scan() const;
    static QString describe(const std::vector<Hit> &hits, const QStringList &names);

private:
    struct Pattern
    {
        int marker;
        const char *encoding;
        std::size_t offset;
        std::size_t size;
    };
    unsigned char *m_store = nullptr; // private mapping with every pattern
    std::size_t m_storeSize = 0;
    std::size_t m_used = 0;
    unsigned char *m_window = nullptr; // private mapping the scan reads into
    std::size_t m_windowSize = 0;
    std::vector<Pattern> m_patterns;
    std::vector<std::pair<std::size_t, std::size_t>> m_markers; // UTF-16 offset and size
};

} // namespace vangnet::test
