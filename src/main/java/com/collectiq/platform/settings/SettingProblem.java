package com.collectiq.platform.settings;

import java.util.Locale;

/**
 * One setting the service cannot start with: the property, the environment variable that sets it,
 * what is wrong with it and what a valid value looks like. Read by a person at start-up.
 */
public record SettingProblem(String property, String environmentVariable, String problem, String expected) {

    /** A problem with a Spring property, named by the variable Spring binds to it (dots and dashes as underscores). */
    public static SettingProblem of(String property, String problem, String expected) {
        return new SettingProblem(property, property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT),
                problem, expected);
    }

    /** One line: the property, its environment variable, the problem and what is expected. */
    public String describe() {
        String names = environmentVariable.equals(property) ? property : property + " (" + environmentVariable + ")";
        return names + " " + problem + ": " + expected;
    }
}
