# cmake -DINPUT=file -DTEMPLATE=x.cc.in -DOUTPUT=x.cc -P EmbedFile.cmake
# Puts the content of INPUT into TEMPLATE's @OPENAPI_JSON@ (a raw string).
file(READ "${INPUT}" OPENAPI_JSON)
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
