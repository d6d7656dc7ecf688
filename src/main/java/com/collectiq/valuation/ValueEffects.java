package com.collectiq.valuation;

import java.time.Instant;

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

    /** After the card is written: the owner's value history takes it in. */
    public void written(Card card) {
        history.valueChanged(card.owner());
    }
}
