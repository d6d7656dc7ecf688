package com.collectiq.platform.settings;

import java.util.List;
import java.util.stream.Collectors;

/** The settings the service cannot start with, all of them at once, so one restart fixes them all. */
public class MisconfiguredSettingsException extends RuntimeException {

    private final transient List<SettingProblem> problems;

    public MisconfiguredSettingsException(List<SettingProblem> problems) {
        super(problems.stream().map(SettingProblem::describe).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<SettingProblem> problems() {
        return problems;
    }
}
