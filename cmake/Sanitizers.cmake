# ASan + UBSan for the whole build: every library, binary and test.
if(VEILIG_SANITIZE)
  set(_veilig_sanitize_flags -fsanitize=address,undefined -fno-omit-frame-pointer
                             -fno-sanitize-recover=undefined)
  add_compile_options(${_veilig_sanitize_flags})
  add_link_options(-fsanitize=address,undefined)
endif()
