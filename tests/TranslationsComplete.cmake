# ctest: fails when a translation file has an unfinished or empty entry (every visible string must
# be translated in both languages). Run as: cmake -DTS_FILES="a.ts;b.ts" -P TranslationsComplete.cmake
foreach(ts IN LISTS TS_FILES)
    file(READ "${ts}" content)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
    string(REGEX MATCHALL "<translation></translation>" empty "${content}")
    list(LENGTH unfinished n_unfinished)
    list(LENGTH empty n_empty)
    if(n_unfinished GREATER 0 OR n_empty GREATER 0)
        message(FATAL_ERROR "${ts}: ${n_unfinished} unfinished and ${n_empty} empty translations")
    endif()
    message(STATUS "${ts}: complete")
endforeach()
