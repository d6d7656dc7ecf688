package com.collectiq.narrative;

/**
 * A text and who wrote it: {@code writer} is {@code local explainer} or {@code bedrock <model id>};
 * {@code fallbackReason} says why the local explainer wrote it when a model was asked first.
 */
public record Narrative(String text, String writer, String fallbackReason) {

    /** How a result names its writer, e.g. {@code local explainer (bedrock: throttled)}. */
    public String attribution() {
        return fallbackReason == null ? writer : writer + " (" + fallbackReason + ")";
    }
}
