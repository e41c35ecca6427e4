#pragma once

#include "common/Error.h"

namespace vangnet::cli {

// The exit codes of vangnet-cli (docs/CLI.md). Every command keeps them.
enum ExitCode : int {
    ExitOk = 0,
    ExitRuntime = 1,
    ExitUsage = 2,
    ExitCannotUnlock = 3,
    ExitRefused = 4,
    ExitIntegrity = 5,
    ExitInUse = 6,
};

inline int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
        return ExitUsage;
    case ErrorCode::CannotUnlock:
        return ExitCannotUnlock;
    case ErrorCode::Refused:
        return ExitRefused;
    case ErrorCode::Integrity:
        return ExitIntegrity;
    case ErrorCode::InUse:
        return ExitInUse;
    case ErrorCode::Runtime:
    case ErrorCode::Cancelled:
        return ExitRuntime;
    }
    return ExitRuntime;
}

} // namespace vangnet::cli
