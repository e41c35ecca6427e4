# Fails when the Dutch catalogue misses a message: lupdate runs over the current sources into a
# copy of vangnet_nl.ts, and any "unfinished" (new or untranslated) message is listed.
# Arguments: -DLUPDATE=... -DTS=... -DSOURCES_FILE=... -DWORK=...
file(READ "${SOURCES_FILE}" sources)
string(REPLACE "|" ";" include_dirs "${INCLUDES}")
set(include_args "")
foreach(dir IN LISTS include_dirs)
    list(APPEND include_args "-I${dir}")
endforeach()
file(MAKE_DIRECTORY "${WORK}")
configure_file("${TS}" "${WORK}/check_nl.ts" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -locations none -no-ui-lines -no-obsolete ${include_args} ${sources} -ts "${WORK}/check_nl.ts"
    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(READ "${WORK}/check_nl.ts" ts)
string(REPLACE ";" "," ts "${ts}") # keep CMake from splitting messages at semicolons
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
    foreach(m IN LISTS missing)
        string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" m "${m}")
        message("  untranslated: ${m}")
    endforeach()
    message(FATAL_ERROR "${count} message(s) have no Dutch translation. Run `cmake --build build --target update_translations` and translate them in translations/vangnet_nl.ts.")
endif()
message(STATUS "Dutch translation complete")
