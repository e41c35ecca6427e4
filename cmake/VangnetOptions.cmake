# One INTERFACE target carries the language standard, the Qt hygiene defines and the warnings.
# Every target of the project links it; nothing sets flags globally.
add_library(vangnet_options INTERFACE)
add_library(Vangnet::options ALIAS vangnet_options)

target_compile_features(vangnet_options INTERFACE cxx_std_20)
target_compile_definitions(vangnet_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    VANGNET_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(vangnet_options INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
        $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> $<$<CXX_COMPILER_ID:Clang>:-Wshadow-uncaptured-local>
        -Wcast-align -Wformat=2
        $<$<CONFIG:Release>:-D_FORTIFY_SOURCE=2>
        -fstack-protector-strong)
elseif(MSVC)
    target_compile_options(vangnet_options INTERFACE /W4 /permissive-)
endif()

set(VANGNET_SANITIZE "" CACHE STRING "Sanitizers to enable, e.g. address,undefined")
option(VANGNET_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only; implies address,undefined)" OFF)
if(VANGNET_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "VANGNET_FUZZ needs clang (cmake --preset asan)")
    endif()
    set(VANGNET_SANITIZE "address,undefined")
    # Coverage instrumentation everywhere; only the fuzz targets link libFuzzer's main.
    target_compile_options(vangnet_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
if(VANGNET_SANITIZE)
    # -fno-sanitize-recover: the first report ends the process, so a test cannot pass over it.
    target_compile_options(vangnet_options INTERFACE
        -fsanitize=${VANGNET_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(vangnet_options INTERFACE -fsanitize=${VANGNET_SANITIZE} -fno-sanitize-recover=all)
endif()

find_program(VANGNET_CCACHE ccache)
if(VANGNET_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${VANGNET_CCACHE}")
endif()
