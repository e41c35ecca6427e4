# vangnet_add_test(NAME SOURCES file... LIBRARIES lib... LABELS label...)
# One Qt Test class per executable; UI tests run on the offscreen platform.
function(vangnet_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Vangnet::options vangnet_testsupport Qt6::Test ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;VANGNET_CLI=$<TARGET_FILE:vangnet-cli>;VANGNET_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()
