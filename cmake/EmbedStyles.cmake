# cmake -DINPUTS="a.css|b.css" -DTEMPLATE=x.cc.in -DOUTPUT=x.cc -P EmbedStyles.cmake
# Puts the INPUTS, one after the other, into TEMPLATE's @STYLES@ (a raw string).
set(STYLES "")
string(REPLACE "|" ";" inputs "${INPUTS}")
foreach(input ${inputs})
  if(NOT EXISTS "${input}")
    message(FATAL_ERROR "${input} is missing: run scripts/install-deps, which installs the NL "
                        "Design System stylesheets with npm")
  endif()
  file(READ "${input}" content)
  # Each part names its package, which carries its licence (EUPL-1.2).
  string(REGEX REPLACE "^.*/node_modules/" "" package_path "${input}")
  string(APPEND STYLES "/* ${package_path} (EUPL-1.2) */\n${content}\n")
endforeach()
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
