# veilig_test(NAME SOURCES... LIBS...): a GoogleTest executable registered with CTest.
function(veilig_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  if(NOT VEILIG_BUILD_TESTS)
    return()
  endif()
  add_executable(${name} ${ARG_SOURCES})
  # Every test knows the plan's four themes, as every binary does.
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} veilig_core_themes GTest::gmock GTest::gtest_main)
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60
    PROPERTIES LABELS "${ARG_LABELS}")
endfunction()
