# The Debian package (packaging/package.sh; cpack --preset release). Its version is the project's
# VERSION; its Depends are computed by dpkg-shlibdeps from the binaries' shared libraries.
include(GNUInstallDirs)
set(CPACK_PACKAGE_NAME "vangnet")
set(CPACK_PACKAGE_VENDOR "Vangnet developers")
set(CPACK_PACKAGE_CONTACT "Vangnet developers <vangnet@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline case management for care coordinators of trafficking victims")
set(CPACK_PACKAGE_DESCRIPTION
    "Vangnet keeps the case files of victims of human trafficking in an encrypted\n\
vault on the coordinator's own computer, suggests shelter placements by\n\
security level and shares data only with the victim's specific consent, in\n\
encrypted and signed bundles. It works without a network.\n\
This package holds the desktop client (vangnet) and the command line\n\
(vangnet-cli).")
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # vangnet_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The offscreen/xcb platform plugins are not shared-library dependencies dpkg-shlibdeps can see.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")

if(UNIX AND NOT APPLE)
    # Debian policy: a copyright file and a compressed changelog in /usr/share/doc/<package>.
    set(VANGNET_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/vangnet")
    configure_file("${PROJECT_SOURCE_DIR}/packaging/debian/changelog.in" "${CMAKE_BINARY_DIR}/changelog" @ONLY)
    add_custom_command(OUTPUT "${CMAKE_BINARY_DIR}/changelog.gz"
        COMMAND gzip -9nc "${CMAKE_BINARY_DIR}/changelog" > "${CMAKE_BINARY_DIR}/changelog.gz"
        DEPENDS "${CMAKE_BINARY_DIR}/changelog" VERBATIM)
    add_custom_target(vangnet_changelog ALL DEPENDS "${CMAKE_BINARY_DIR}/changelog.gz")
    install(FILES "${PROJECT_SOURCE_DIR}/packaging/debian/copyright" "${CMAKE_BINARY_DIR}/changelog.gz"
        DESTINATION ${VANGNET_DOC_DIR})

    # Man pages (packaging/man; tests/cli/TestCliDocs keeps vangnet-cli.1 in step with the commands).
    set(manpages vangnet-cli.1)
    if(VANGNET_BUILD_GUI)
        list(APPEND manpages vangnet.1)
    endif()
    foreach(page IN LISTS manpages)
        add_custom_command(OUTPUT "${CMAKE_BINARY_DIR}/man/${page}.gz"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/man"
            COMMAND gzip -9nc "${PROJECT_SOURCE_DIR}/packaging/man/${page}" > "${CMAKE_BINARY_DIR}/man/${page}.gz"
            DEPENDS "${PROJECT_SOURCE_DIR}/packaging/man/${page}" VERBATIM)
        list(APPEND manfiles "${CMAKE_BINARY_DIR}/man/${page}.gz")
    endforeach()
    add_custom_target(vangnet_manpages ALL DEPENDS ${manfiles})
    install(FILES ${manfiles} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

    install(FILES "${PROJECT_SOURCE_DIR}/packaging/completion/vangnet-cli"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
endif()
include(CPack)
