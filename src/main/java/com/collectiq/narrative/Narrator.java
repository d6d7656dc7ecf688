package com.collectiq.narrative;

/**
 * Writes the words of a result (a valuation's summary) from facts it is given. It never decides a
 * number: every number comes from the briefing, and a writer that strays from them is not used.
 * {@code local}: the {@link LocalExplainer}; {@code aws}: Amazon Bedrock, falling back to the local
 * explainer whenever the model fails, is slow, is throttled or answers something unusable.
 */
public interface Narrator {

    Narrative narrate(Briefing briefing);
}
