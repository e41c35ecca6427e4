# Third-party dependencies. Qt Widgets is deliberately *not* looked up here: only ui/ finds it,
# so a headless build (VANGNET_BUILD_GUI=OFF) proves that core, cli and tests never need it.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Concurrent LinguistTools)
if(VANGNET_BUILD_TESTS)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
endif()

find_package(PkgConfig REQUIRED)
# SQLCipher through its C API only; Qt's QSQLITE driver is never loaded (two SQLite copies clash).
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium>=1.0.18)
