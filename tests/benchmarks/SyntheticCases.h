#pragma once

#include "domain/Case.h"

#include <QRandomGenerator>

namespace vangnet::bench {

// Deterministic, clearly fictional cases with realistic field shapes: names with diacritics,
// codes from every list, a B8 timeline for some, tasks, perpetrators and three notes of about 1 KB.
//
// The notes are drawn from a fixed vocabulary with the word frequencies of real text: a few dozen
// function words ("de", "the", ...) make up about 40% of the words, and 4,000 fictional
// Dutch/English-like content words follow Zipf's law (the k-th most frequent is drawn ~1/k as often).
// So a few content words occur in nearly every case, most in a few percent of them, many in fewer.
class SyntheticCases
{
public:
    explicit SyntheticCases(quint32 seed = 20261127)
        : m_rng(seed)
    { }
    Case next(int index);
    // Words that occur in names and notes, for search workloads.
    static const QStringList &familyNames();
    static const QStringList &regions();
    // Content words of the notes, most frequent first (generated from a fixed seed).
    static const QStringList &contentWords();
    // Function words of the notes: frequent in every case, never something a coordinator searches for.
    static const QStringList &functionWords();

private:
    QString note();
    QRandomGenerator m_rng;
};

} // namespace vangnet::bench
