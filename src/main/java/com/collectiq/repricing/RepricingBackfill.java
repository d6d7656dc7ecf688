package com.collectiq.repricing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.collectiq.card.Card;
import com.collectiq.card.CardNotFoundException;
import com.collectiq.card.CardStore;
import com.collectiq.card.CardStore.CardPage;
import com.collectiq.card.Repricing;
import com.collectiq.card.StaleCardException;

/**
 * Gives the cards valued before repricing existed their first due date, once per process (then the
 * store has none left: every valuation schedules its card). Their due dates are spread over one
 * repricing period by card id, so the first passes do not all fall on one hour. Their valuation runs
 * recorded no condition estimate: they are repriced at the owner's condition hint, or Near Mint,
 * assumed and said so, until they are valued again. In {@code aws} the search is a table scan:
 * {@code collectiq.repricing.backfill=false} turns it off once a deployment has run it.
 */
@Component("repricingBackfill")
public class RepricingBackfill {

    private static final Logger log = LoggerFactory.getLogger(RepricingBackfill.class);
    private static final int PAGE = 100;

    private final CardStore cards;
    private final RepricingProperties properties;
    private final Clock clock;
    private volatile boolean done;

    public RepricingBackfill(CardStore cards, RepricingProperties properties, Clock clock,
            @Value("${collectiq.repricing.backfill:true}") boolean enabled) {
        this.cards = cards;
        this.properties = properties;
        this.clock = clock;
        this.done = !enabled;
    }

    /** Schedules every valued card that has no due date; returns how many it scheduled. */
    public synchronized int run() {
        if (done) {
            return 0;
        }
        Instant now = clock.instant();
        int scheduled = 0;
        String cursor = null;
        try {
            do {
                CardPage page = cards.findUnscheduled(cursor, PAGE);
                for (Card card : page.items()) {
                    if (schedule(card, now)) {
                        scheduled++;
                    }
                }
                cursor = page.nextCursor();
            } while (cursor != null);
        } catch (RuntimeException unavailable) {
            // the pass goes on with the cards already scheduled; the next pass searches again
            log.warn("repricing backfill stopped after {} cards, will resume on the next pass: {}", scheduled,
                    unavailable.toString());
            return scheduled;
        }
        done = true;
        if (scheduled > 0) {
            log.info("repricing scheduled {} cards valued before it existed", scheduled);
        }
        return scheduled;
    }

    private boolean schedule(Card card, Instant now) {
        long spread = Math.floorMod(card.id().hashCode(), Math.max(1, properties.every().toSeconds()));
        try {
            cards.update(card.withRepricing(Repricing.after(now, Duration.ofSeconds(spread), null)));
            return true;
        } catch (StaleCardException | CardNotFoundException changedOrGone) {
            // being valued again (that run schedules it) or deleted
            return false;
        }
    }
}
