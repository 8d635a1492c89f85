# CMake package so that internal C++ apps can `find_package(Veilig)` and link
# `veilig::contracts` to call the services through the generated stubs.
include(CMakePackageConfigHelpers)
set(VEILIG_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/Veilig)
install(EXPORT VeiligTargets NAMESPACE veilig:: DESTINATION ${VEILIG_CMAKE_DIR})
configure_package_config_file(cmake/VeiligConfig.cmake.in
  "${CMAKE_CURRENT_BINARY_DIR}/VeiligConfig.cmake"
  INSTALL_DESTINATION ${VEILIG_CMAKE_DIR})
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/VeiligConfigVersion.cmake"
  COMPATIBILITY SameMajorVersion)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/VeiligConfig.cmake"
              "${CMAKE_CURRENT_BINARY_DIR}/VeiligConfigVersion.cmake"
        DESTINATION ${VEILIG_CMAKE_DIR})
