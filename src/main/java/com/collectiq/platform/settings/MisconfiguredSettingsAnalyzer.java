package com.collectiq.platform.settings;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link MisconfiguredSettingsException} into Spring Boot's start-up failure report: one line
 * per setting instead of a bean-creation stack trace. Registered in {@code META-INF/spring.factories}.
 */
class MisconfiguredSettingsAnalyzer extends AbstractFailureAnalyzer<MisconfiguredSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MisconfiguredSettingsException cause) {
        String description = cause.problems().stream().map(problem -> "  " + problem.describe())
                .collect(Collectors.joining(System.lineSeparator(),
                        "CollectIQ cannot start with these settings:" + System.lineSeparator(), ""));
        return new FailureAnalysis(description, "Set them as environment variables or as --property=value arguments;"
                + " README.md lists every setting.", cause);
    }
}
