# One INTERFACE target carries the language standard, warnings and Qt hygiene defines,
# so every library, executable and test is compiled the same way.
add_library(kezek_common INTERFACE)
target_compile_features(kezek_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(kezek_common INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${KEZEK_WERROR}>:-Werror>)
target_compile_definitions(kezek_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(KEZEK_SANITIZE)
    target_compile_options(kezek_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                  -fno-sanitize-recover=undefined)
    target_link_options(kezek_common INTERFACE -fsanitize=address,undefined)
endif()
# Debian's hardening for what gets installed (dpkg-buildflags' defaults): fortified libc calls where the optimizer
# can see buffer sizes, and a relocation table made read-only at start-up. Release only: fortify needs -O.
target_compile_definitions(kezek_common INTERFACE $<$<CONFIG:Release,RelWithDebInfo>:_FORTIFY_SOURCE=2>)
target_compile_options(kezek_common INTERFACE -fstack-protector-strong)
target_link_options(kezek_common INTERFACE -Wl,-z,relro -Wl,-z,now)
