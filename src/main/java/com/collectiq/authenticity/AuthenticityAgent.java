package com.collectiq.authenticity;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.collectiq.card.Authenticity;

/**
 * Does the card look genuine? Asks every signal, then lets {@link AuthenticityScorer} weigh them.
 * Called by {@code routes/authenticity.yaml} ({@code direct:judge-authenticity}), in parallel with
 * pricing. A signal that fails counts as unavailable: one broken check degrades the answer, it
 * does not fail the card.
 */
@Component("authenticityAgent")
public class AuthenticityAgent {

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticityAgent.class);

    private final List<AuthenticitySignal> signals;
    private final AuthenticityScorer scorer;

    public AuthenticityAgent(List<AuthenticitySignal> signals, AuthenticityProperties properties) {
        this.signals = List.copyOf(signals);
        this.scorer = new AuthenticityScorer(properties);
    }

    public Authenticity judge(AuthenticityRequest request) {
        List<AuthenticityScorer.Named> readings = signals.stream()
                .map(signal -> new AuthenticityScorer.Named(signal.name(), read(signal, request)))
                .toList();
        Authenticity authenticity = scorer.score(readings);
        LOG.info("authenticity of {}: {} ({}), {} of {} signals available", request.identity().catalogId(),
                authenticity.verdict(), authenticity.score(),
                readings.stream().filter(named -> named.reading().available()).count(), readings.size());
        return authenticity;
    }

    private static SignalReading read(AuthenticitySignal signal, AuthenticityRequest request) {
        try {
            return signal.read(request);
        } catch (RuntimeException failed) {
            LOG.warn("authenticity signal {} failed; counted as unavailable", signal.name(), failed);
            return SignalReading.unavailable("the check failed: " + failed.getClass().getSimpleName());
        }
    }
}
