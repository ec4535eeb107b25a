# SPDX-License-Identifier: MIT
# Strict warnings and Qt hygiene for our own targets only (not for Qt or
# librdkafka headers, which are included as system headers).
add_library(dnd_compile_options INTERFACE)
target_compile_options(dnd_compile_options INTERFACE -Wall -Wextra -Wpedantic)
if(DND_WERROR)
    target_compile_options(dnd_compile_options INTERFACE -Werror)
endif()
target_compile_definitions(dnd_compile_options INTERFACE
    QT_NO_FOREACH
    QT_NO_CAST_FROM_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    DND_VERSION="${PROJECT_VERSION}"
    DND_APP_ID="${DND_APP_ID}")

# Adds a QtTest executable and registers it with ctest. The test's main
# (tests/testmain.h) picks the offscreen platform and a QSettings scope of
# its own, so the binary behaves the same run by hand or by ctest.
function(dnd_add_qtest name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test dnd_compile_options ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp")
endfunction()
