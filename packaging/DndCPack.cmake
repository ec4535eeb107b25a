# SPDX-License-Identifier: MIT
# Debian package: `cpack -G DEB` in the build directory. Dependencies are
# computed by dpkg-shlibdeps from the binaries, not listed by hand.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "dnd-tracker")
set(CPACK_PACKAGE_VENDOR "D&D Event Tracker developers")
set(CPACK_PACKAGE_CONTACT "D&D Event Tracker developers <dev@dnd-tracker.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "dnd-tracker")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "games")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
 Follows a live Apache Kafka stream of Dungeons & Dragons events (dice rolls,
 encounters, spell casts) and shows per-player charts and statistics. Includes
 a simulated game producer and a built-in Kafka broker for use without setup.")
# Only the application, not the test or benchmark binaries.
set(CPACK_DEB_COMPONENT_INSTALL OFF)
include(CPack)
