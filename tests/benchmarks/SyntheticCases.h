#pragma once

#include "domain/Case.h"

#include <QRandomGenerator>

namespace vangnet::bench {

// Deterministic, clearly fictional cases with realistic field shapes: names with diacritics,
// codes from every list, a B8 timeline for some, tasks, perpetrators and three notes of about 1 KB.
class SyntheticCases
{
public:
    explicit SyntheticCases(quint32 seed = 20261127)
        : m_rng(seed)
    { }
    Case next(int index);
    // Words that occur in names and notes, for search workloads.
    static const QStringList &familyNames();
    static const QStringList &noteWords();
    static const QStringList &regions();

private:
    QString note();
    QRandomGenerator m_rng;
};

} // namespace vangnet::bench
