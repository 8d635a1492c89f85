# ASan + UBSan, or TSan, for the whole build: every library, binary and test.
if(VEILIG_SANITIZE AND VEILIG_TSAN)
  message(FATAL_ERROR "VEILIG_SANITIZE and VEILIG_TSAN exclude each other: ThreadSanitizer "
                      "cannot run in the same process as AddressSanitizer")
endif()
if(VEILIG_SANITIZE)
  set(_veilig_sanitize_flags -fsanitize=address,undefined -fno-omit-frame-pointer
                             -fno-sanitize-recover=undefined)
  add_compile_options(${_veilig_sanitize_flags})
  add_link_options(-fsanitize=address,undefined)
endif()
if(VEILIG_TSAN)
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()
