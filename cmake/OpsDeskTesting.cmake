# opsdesk_add_test(<name> SOURCES ... [LIBS ...] [WIDGETS] [XVFB] [LABELS ...] [TIMEOUT s])
#
# One line adds a GoogleTest executable and registers it with CTest.
# WIDGETS tests get a QApplication and the offscreen platform; XVFB tests get a
# QApplication on the real xcb platform and need a DISPLAY (the test command
# starts Xvfb). Every test gets a private, empty HOME and XDG folders so that
# it never reads or writes the developer's own settings, cache or keychain.

function(opsdesk_add_test name)
    cmake_parse_arguments(ARG "WIDGETS;XVFB" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    opsdesk_apply_common_settings(${name})
    if(ARG_WIDGETS OR ARG_XVFB)
        target_link_libraries(${name} PRIVATE opsdesk_testmain_gui)
    else()
        target_link_libraries(${name} PRIVATE opsdesk_testmain_core)
    endif()
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gmock)
    add_test(NAME ${name} COMMAND ${name})

    set(home "${CMAKE_BINARY_DIR}/test-home/${name}")
    set(env
        "HOME=${home}"
        "XDG_CONFIG_HOME=${home}/.config"
        "XDG_DATA_HOME=${home}/.local/share"
        "XDG_CACHE_HOME=${home}/.cache"
        "OPSDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "OPSDESK_BIN_DIR=${CMAKE_RUNTIME_OUTPUT_DIRECTORY}"
        "QT_LOGGING_RULES=opsdesk.*.debug=false"
        "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1"
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
    if(ARG_XVFB)
        list(APPEND env "QT_QPA_PLATFORM=xcb")
        list(APPEND ARG_LABELS xvfb)
    else()
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}")
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
    if(ARG_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    else()
        set_tests_properties(${name} PROPERTIES TIMEOUT 300)
    endif()
    file(MAKE_DIRECTORY "${home}")
endfunction()
