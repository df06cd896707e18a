# Common settings for every OpsDesk target: one place, applied by
# opsdesk_apply_common_settings(<target>).

set(OPSDESK_SANITIZER_FLAGS "")
if(OPSDESK_SANITIZE)
    if(MSVC)
        set(OPSDESK_SANITIZER_FLAGS /fsanitize=address)
    else()
        set(OPSDESK_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer
                                    -fno-sanitize-recover=undefined)
    endif()
endif()

function(opsdesk_apply_common_settings target)
    set_target_properties(${target} PROPERTIES
        CXX_STANDARD 20
        CXX_STANDARD_REQUIRED ON
        CXX_EXTENSIONS OFF
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        POSITION_INDEPENDENT_CODE ON)

    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_STRICT_ITERATORS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        OPSDESK_VERSION_STRING="${PROJECT_VERSION}")

    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
        if(OPSDESK_DEVELOPER)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align
            -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations
            # Designated initializers ({.required = false}) leave members at
            # their defaults on purpose.
            -Wno-missing-field-initializers)
        if(OPSDESK_DEVELOPER)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
        if(NOT OPSDESK_SANITIZE AND NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
            target_compile_options(${target} PRIVATE -fstack-protector-strong)
            target_compile_definitions(${target} PRIVATE _FORTIFY_SOURCE=2)
            if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
                target_link_options(${target} PRIVATE -Wl,-z,relro,-z,now)
            endif()
        endif()
    endif()

    if(OPSDESK_SANITIZER_FLAGS)
        target_compile_options(${target} PRIVATE ${OPSDESK_SANITIZER_FLAGS})
        target_link_options(${target} PRIVATE ${OPSDESK_SANITIZER_FLAGS})
    endif()
endfunction()
