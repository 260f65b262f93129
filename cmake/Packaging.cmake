# What `make install` puts where, and the Debian package CPack makes of it (scripts/kezek package, docs/INSTALL.md).
# SPDX-License-Identifier: GPL-3.0-or-later
set(KEZEK_APP_ID kz.kezek.Kezek)
set(KEZEK_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/kezek)

install(TARGETS kezek kezekctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# A menu entry per role, one icon, the AppStream description of the whole.
file(GLOB KEZEK_DESKTOP_ENTRIES ${CMAKE_SOURCE_DIR}/resources/desktop/*.desktop)
install(FILES ${KEZEK_DESKTOP_ENTRIES} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/${KEZEK_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_SOURCE_DIR}/resources/${KEZEK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The hall display as a kiosk: a systemd user unit, and an autostart entry that starts it in sessions that have no
# graphical-session.target (docs/KIOSK.md).
install(FILES ${CMAKE_SOURCE_DIR}/resources/systemd/kezek-display.service DESTINATION lib/systemd/user)
install(FILES ${CMAKE_SOURCE_DIR}/resources/systemd/kezek-display-autostart.desktop DESTINATION ${KEZEK_INSTALL_DATA_DIR})

# Man pages from the programs' own --help and --version (help2man), so that they never drift from them. Made with
# an empty settings folder and no language set, so that they come out in English whatever this PC chose.
find_program(KEZEK_HELP2MAN help2man REQUIRED)
set(KEZEK_MAN_PAGES)
foreach(program kezek kezekctl)
    set(page ${CMAKE_BINARY_DIR}/man/${program}.1)
    add_custom_command(OUTPUT ${page}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man/settings
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=
                XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/man/settings
                ${KEZEK_HELP2MAN} --no-info --section=1 --source=Kezek --manual=Kezek
                --include=${CMAKE_SOURCE_DIR}/docs/man/${program}.h2m --output=${page} $<TARGET_FILE:${program}>
        # help2man knows no "Exit status:" heading of its own; it is a section of the page, not of ENVIRONMENT.
        COMMAND sed -i "s/^\\.SS \"Exit status:\"/.SH \"EXIT STATUS\"/" ${page}
        COMMAND gzip -9nf ${page}
        DEPENDS ${program} ${CMAKE_SOURCE_DIR}/docs/man/${program}.h2m kezek_ui_lrelease
        COMMENT "Man page ${program}(1) from ${program} --help"
        VERBATIM)
    list(APPEND KEZEK_MAN_PAGES ${page}.gz)
endforeach()
add_custom_target(man_pages ALL DEPENDS ${KEZEK_MAN_PAGES})
install(FILES ${KEZEK_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Debian's documentation folder: the copyright, the changelog (a native package's, compressed), the guides.
configure_file(${CMAKE_SOURCE_DIR}/resources/debian/changelog.in ${CMAKE_BINARY_DIR}/debian/changelog @ONLY)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/debian/changelog.gz
    COMMAND gzip -9nkf ${CMAKE_BINARY_DIR}/debian/changelog
    DEPENDS ${CMAKE_BINARY_DIR}/debian/changelog
    VERBATIM)
add_custom_target(debian_changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/debian/changelog.gz)
install(FILES ${CMAKE_SOURCE_DIR}/resources/debian/copyright ${CMAKE_BINARY_DIR}/debian/changelog.gz
        DESTINATION ${KEZEK_DOC_DIR})
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/docs/DEPLOY.md ${CMAKE_SOURCE_DIR}/docs/ROLES.md
              ${CMAKE_SOURCE_DIR}/docs/CENTER-FILE.md ${CMAKE_SOURCE_DIR}/docs/KIOSK.md
        DESTINATION ${KEZEK_DOC_DIR})

# The package: kezek_VERSION_amd64.deb, its library dependencies computed from the binaries (dpkg-shlibdeps).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kezek)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CONTACT "The Kezek developers <kezek@kezek.kz>")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so shlibdeps cannot see them: the database drivers and the X11 platform of Qt.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins")
# xset keeps the hall display's screen awake; the translations of Qt's own dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "x11-xserver-utils, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "queue console of a Public Service Center")
# CPack puts the summary first and indents each line; an empty line becomes the paragraph break " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Kezek runs the queue of a Public Service Center (Kazakh: HQKO, Russian: TsON):
operators call the next booked or walk-in citizen at their window and record
the services they served, reception issues tickets, checks in booked citizens
and imports the channels' bookings, the hall display shows the calls in Kazakh
and Russian, and supervisors follow the waits and the day's figures.

It works on one PC with a SQLite file, or with every screen on its own PC and
the center's PostgreSQL server on the LAN. kezekctl does the same from a shell.")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://kezek.kz")
# Directories as Debian wants them whatever the umask of the build.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
