package com.collectiq.testsupport.slabs;

import java.util.List;

/** The four sub-grades some graders print beside the final grade, as printed ("9.5", "10"). */
public record SubGrades(String centering, String corners, String edges, String surface) {

    /** In the order the labels print them. */
    public List<String> inOrder() {
        return List.of(centering, corners, edges, surface);
    }

    public boolean allTen() {
        return inOrder().stream().allMatch("10"::equals);
    }
}
