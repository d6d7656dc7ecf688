package com.collectiq.grading;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code collectiq.grading.*}: each grader's public certificate lookup page, {@code {cert}} standing
 * for the number. The card links it so the owner can check the slab; the service never fetches it.
 * A grader without a page here gets no link.
 */
@ConfigurationProperties("collectiq.grading")
public record GradingProperties(Map<String, String> certLookup) {

    public GradingProperties {
        certLookup = certLookup == null ? Map.of() : Map.copyOf(certLookup);
    }

    /** The lookup page for this certificate, or null when there is no page or no number. */
    String lookupPage(String grader, String certNumber) {
        String template = grader == null ? null : certLookup.get(grader.toLowerCase(Locale.ROOT));
        return template == null || certNumber == null ? null : template.replace("{cert}", certNumber);
    }
}
