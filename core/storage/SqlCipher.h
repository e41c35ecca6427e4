#pragma once

// The one place that includes the SQLCipher header. SQLITE_HAS_CODEC exposes sqlite3_key().
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>
