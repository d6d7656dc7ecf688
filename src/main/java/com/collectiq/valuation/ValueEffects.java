package com.collectiq.valuation;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.collectiq.alerts.PriceAlerts;
import com.collectiq.card.Card;
import com.collectiq.events.EventOutbox;
import com.collectiq.valuehistory.ValueHistory;

/**
 * What a card's new value sets off beyond its own events, for valuation runs and reprices alike: the
 * price alerts it fires, and the collection's value history.
 */
@Component
public class ValueEffects {

    private static final Logger log = LoggerFactory.getLogger(ValueEffects.class);

    private final PriceAlerts alerts;
    private final ValueHistory history;
    private final EventOutbox outbox;
    private final ValuationEvents events;

    public ValueEffects(PriceAlerts alerts, ValueHistory history, EventOutbox outbox, ValuationEvents events) {
        this.alerts = alerts;
        this.history = history;
        this.outbox = outbox;
        this.events = events;
    }

    /**
     * Before the card is written: the alerts its value fires go to the outbox (their ids derive from
     * the run and the alert, so a replayed run queues each once), then the alerts' new states.
     */
    public void valueSet(Card valued, String runId, Instant at) {
        PriceAlerts.Check check = alerts.check(valued, at);
        check.fired().forEach(alert -> outbox.add(events.alertTriggered(valued, runId, alert,
                alerts.fairIn(alert, valued.valuation()), at)));
        alerts.save(check);
    }

    /**
     * After the card is written: the owner's value history takes it in. The card is already written,
     * so a failure here must not fail the run; the next value or reading of the history records the day.
     */
    public void written(Card card) {
        try {
            history.valueChanged(card.owner());
        } catch (RuntimeException unavailable) {
            log.warn("the value history of owner {} was not recorded now (it is at the next change): {}", card.owner(),
                    unavailable.toString());
        }
    }
}
