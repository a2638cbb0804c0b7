# isnad_add_test(NAME SOURCES... LIBS...): one GoogleTest binary registered with CTest.
# Tests run from the repository root so fixtures resolve as tests/data/..., data/...
function(isnad_add_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBS" ${ARGN})
  if(NOT ISNAD_BUILD_TESTS)
    return()
  endif()
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ${T_LIBS} GTest::gtest GTest::gtest_main GTest::gmock)
  include(GoogleTest)
  gtest_discover_tests(${name} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                       PROPERTIES ENVIRONMENT "ISNAD_ROOT=${PROJECT_SOURCE_DIR}"
                       DISCOVERY_TIMEOUT 30)
endfunction()

# isnad_add_fuzzer(NAME SOURCE LIBS...): a libFuzzer target, only when ISNAD_BUILD_FUZZ.
function(isnad_add_fuzzer name source)
  if(NOT ISNAD_BUILD_FUZZ)
    return()
  endif()
  add_executable(${name} ${source})
  target_link_libraries(${name} PRIVATE ${ARGN})
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
endfunction()

# isnad_add_bench(NAME SOURCES... LIBS...): a Google Benchmark binary.
function(isnad_add_bench name)
  cmake_parse_arguments(B "" "" "SOURCES;LIBS" ${ARGN})
  if(NOT ISNAD_BUILD_BENCH)
    return()
  endif()
  add_executable(${name} ${B_SOURCES})
  target_link_libraries(${name} PRIVATE ${B_LIBS} benchmark::benchmark)
endfunction()
