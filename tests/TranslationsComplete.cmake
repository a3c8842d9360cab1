# ctest: every user-visible string is translated in both languages. Copies the .ts files, lets
# lupdate add whatever the sources say now, and fails on any unfinished or empty entry, so a new
# tr() string without a translation fails the suite.
#   cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -DTS_FILES="a.ts;b.ts" -P TranslationsComplete.cmake
file(MAKE_DIRECTORY "${WORK_DIR}")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -extensions cpp,h,ui
                "${SOURCE_DIR}/core" "${SOURCE_DIR}/app" "${SOURCE_DIR}/forms" -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${out} ${err}")
    endif()
    file(READ "${copy}" content)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" unfinished "${content}")
    string(REGEX MATCHALL "<translation></translation>" empty "${content}")
    list(LENGTH unfinished n_unfinished)
    list(LENGTH empty n_empty)
    if(n_unfinished GREATER 0 OR n_empty GREATER 0)
        message(FATAL_ERROR "${name}: ${n_unfinished} unfinished and ${n_empty} empty translations "
                            "(run the update_translations target and translate them):\n${unfinished}")
    endif()
    message(STATUS "${name}: complete")
endforeach()
