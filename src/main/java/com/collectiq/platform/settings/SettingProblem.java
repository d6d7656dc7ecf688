package com.collectiq.platform.settings;

import java.util.Locale;

/**
 * One setting the service cannot start with: the property, what is wrong with it and what a valid
 * value looks like. Read by a person at start-up, so it names the environment variable too.
 */
public record SettingProblem(String property, String problem, String expected) {

    /** The environment variable Spring Boot binds to the property (dots and dashes as underscores). */
    public String environmentVariable() {
        return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** One line: the property, its environment variable, the problem and what is expected. */
    public String describe() {
        String variable = environmentVariable();
        String names = variable.equals(property) ? property : property + " (" + variable + ")";
        return names + " " + problem + ": " + expected;
    }
}
