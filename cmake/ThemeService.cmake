# veilig_theme_service(NAME <binary> PREFIX <library prefix>
#   DOMAIN <sources> IMPORT <sources> STORE <sources> API <sources>
#   DOMAIN_TESTS <sources> STORE_TESTS <sources>)
#
# A theme service as one library per layer, so the linker enforces who may
# call whom:
#   <prefix>_domain  rules, no I/O (links only the common domain and contracts)
#   <prefix>_import  its CSV files            (domain + common import)
#   <prefix>_store   its tables               (domain + common theme storage)
#   <prefix>         gRPC adapter, extension  (store + common theme server)
# and the binary <NAME> from main.cc. The domain tests link the domain library
# alone, so a rule that reached for the store would not link. veiligctl links
# the import and domain libraries only.
function(veilig_theme_service)
  cmake_parse_arguments(ARG "" "NAME;PREFIX" "DOMAIN;IMPORT;STORE;API;DOMAIN_TESTS;STORE_TESTS"
                        ${ARGN})
  add_library(${ARG_PREFIX}_domain ${ARG_DOMAIN})
  target_link_libraries(${ARG_PREFIX}_domain PUBLIC veilig_domain veilig_calendar veilig_contracts
                                                     veilig_report_format)

  add_library(${ARG_PREFIX}_import ${ARG_IMPORT})
  target_link_libraries(${ARG_PREFIX}_import PUBLIC ${ARG_PREFIX}_domain veilig_import)

  add_library(${ARG_PREFIX}_store ${ARG_STORE})
  target_link_libraries(${ARG_PREFIX}_store PUBLIC ${ARG_PREFIX}_domain veilig_theme_store)

  add_library(${ARG_PREFIX} ${ARG_API})
  target_link_libraries(${ARG_PREFIX} PUBLIC ${ARG_PREFIX}_store veilig_theme)

  add_executable(${ARG_NAME} main.cc)
  target_link_libraries(${ARG_NAME} PRIVATE ${ARG_PREFIX} veilig_core_themes)
  install(TARGETS ${ARG_NAME} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

  string(REPLACE "-" "_" test_name ${ARG_NAME})
  veilig_test(${test_name}_domain_test SOURCES ${ARG_DOMAIN_TESTS} LIBS ${ARG_PREFIX}_domain)
  veilig_test(${test_name}_test SOURCES ${ARG_STORE_TESTS} LIBS ${ARG_PREFIX}_store)
endfunction()
