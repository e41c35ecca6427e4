#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vangnet {

// Every limit on what a user or a file may hand to Vangnet, in one place (docs/CLI.md, "Limits").
// The CLI reads at most maxDocumentBytes + 1 bytes of a file before it parses anything; the JSON
// readers (cases, shelters, incidents) and the desktop's editors use the same figures.
class InputLimits
{
    Q_DECLARE_TR_FUNCTIONS(InputLimits)

public:
    // A JSON document (case, shelter list, incident) and a note read from a file.
    static constexpr qint64 MaxDocumentBytes = 8 * 1024 * 1024;
    // Multi-line free text: a note, an incident's description, consequences, aftercare, measures.
    static constexpr int MaxMultiLineChars = 100000;
    // A single-line text: a name, an alias, a region, a reason given on the command line.
    static constexpr int MaxSingleLineChars = 1000;
    // Entries of one list in a document: aliases, perpetrators, tasks, notes, known areas...
    static constexpr int MaxListItems = 1000;
    // Shelters in one import, and the shelter fields that are shorter than a single line.
    static constexpr int MaxShelters = 10000;
    static constexpr int MaxShelterNameChars = 200; // name, region
    static constexpr int MaxShelterAddressChars = 500;
    static constexpr int MaxShelterReferenceChars = 200;
    static constexpr int MaxShelterNotesChars = 4000;
    // Problems named in one error message; the rest are counted.
    static constexpr int MaxReportedProblems = 20;

    // Single-line text: no control characters at all (no NUL, no newline, no escape).
    static bool isSingleLine(const QString &text);
    // Multi-line text: newlines and tabs allowed, no other control characters.
    static bool isMultiLine(const QString &text);
    // The control characters (and bidirectional overrides) of a text from the vault replaced by
    // U+FFFD, for printing on a terminal; newlines and tabs stay when keepNewlines is set.
    static QString printable(const QString &text, bool keepNewlines = true);
    // "a; b; c" with at most MaxReportedProblems entries and "and N more".
    static QString joinProblems(const QStringList &problems);
};

} // namespace vangnet
