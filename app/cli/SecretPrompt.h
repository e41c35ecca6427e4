#pragma once

#include <QString>

#include <optional>

namespace vangnet::cli {

// Asks on the terminal without echo. No terminal (CI, a pipe): nullopt.
std::optional<QString> promptHidden(const QString &prompt);

} // namespace vangnet::cli
