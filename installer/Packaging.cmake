# CPack: a Debian package `licenseportal` with both programs, the desktop entry, the icon and the
# AppStream metadata. The programs' own install() rules live in app/ and server/.
#   cmake --build build --target package            (or: cpack --config build/CPackConfig.cmake -G DEB)
# gives build/licenseportal_<version>_<arch>.deb; tests/packaging/check-deb.sh checks its contents.

set(LP_RESOURCES_DIR ${CMAKE_CURRENT_LIST_DIR}/../resources)
install(FILES ${LP_RESOURCES_DIR}/licenseportal.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${LP_RESOURCES_DIR}/icons/licenseportal.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${LP_RESOURCES_DIR}/licenseportal.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

set(CPACK_PACKAGE_NAME licenseportal)
set(CPACK_PACKAGE_VENDOR "LicensePortal")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Customer portal for runtime software licenses, and its license server")
set(CPACK_PACKAGE_CONTACT "LicensePortal maintainers <maintainers@licenseportal.example>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://licenseportal.example")
set(CPACK_PACKAGE_INSTALL_DIRECTORY LicensePortal)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON) # RelWithDebInfo binaries carry debug info that users do not need
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR})
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The extended description; CPack puts the summary above it and indents it for the control file.
set(CPACK_PACKAGE_DESCRIPTION "license-portal is a desktop client where customers sign in and see every
runtime license key of their account with its handshake code, term,
registered devices and scan quota. The sign-in is remembered in the system
keychain.

license-server is the REST license server the client talks to, with an
embedded SQLite database or PostgreSQL, a demo mode and an admin command line.")
# Libraries come from dpkg-shlibdeps; Qt plugins are loaded at run time, so they are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | libkf5wallet-bin | keepassxc, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # licenseportal_<version>_<arch>.deb

if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
