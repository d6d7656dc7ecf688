package com.collectiq.narrative;

/**
 * The deterministic writer: the briefing's facts, in order, as they are. The same briefing always
 * gives the same text, so it is what {@code local} mode shows and what a failed model falls back to.
 */
public final class LocalExplainer implements Narrator {

    public static final String WRITER = "local explainer";

    @Override
    public Narrative narrate(Briefing briefing) {
        return new Narrative(String.join(" ", briefing.facts()), WRITER, null);
    }

    /** The same text, saying why the model's was not used. */
    Narrative insteadOf(Briefing briefing, String reason) {
        return new Narrative(String.join(" ", briefing.facts()), WRITER, reason);
    }
}
