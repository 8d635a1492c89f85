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
  string(APPEND STYLES "${content}\n")
endforeach()
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
