# SPDX-License-Identifier: MIT
# Debian package: `cpack -G DEB` in a build directory, the quick artefact.
# debian/ builds the same package with dpkg-buildpackage; the packaging_deb
# test compares the two (files, control fields) and runs lintian on both, so
# the fields below mirror debian/control. Dependencies are computed by
# dpkg-shlibdeps from the binaries, not listed by hand, except for plugins.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "dnd-tracker")
set(CPACK_PACKAGE_VENDOR "D&D Event Tracker developers")
set(CPACK_PACKAGE_CONTACT "D&D Event Tracker developers <dev@dnd-tracker.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "dnd-tracker")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Not "games": Debian wants games' binaries in /usr/games, and this is a
# dashboard over a Kafka stream rather than a game.
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libqt6svg6 (also the SVG icon engine, a plugin) comes from shlibdeps: the
# binaries link Qt SVG for the SVG export. Naming it here as well would list
# it twice in Depends (debian/control names it; dpkg-gencontrol merges that).
# Qt SQL loads its SQLite driver as a plugin that shlibdeps cannot see; without
# it the campaign archive cannot open. debian/control names it too.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own texts (dialog buttons) in the user's language; ours are built in.
# debian/control recommends the same.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# Only the synopsis comes from CPACK_PACKAGE_DESCRIPTION_SUMMARY; CPack
# indents every line of this extended description by one space.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Follows a live Apache Kafka stream of Dungeons & Dragons events (dice rolls,
encounters, spell casts) and shows per-player charts and statistics. Includes
a simulated game producer and a built-in Kafka broker for use without setup.")
# Binaries without debug symbols, as dh_strip does in the debian/ build.
set(CPACK_STRIP_FILES ON)
# One package with everything installed by default plus the Debian copyright
# and changelog (packaging/CMakeLists.txt), never the test or benchmark
# binaries (they have no install rules).
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_COMPONENTS_ALL Unspecified debian_docs)
include(CPack)
