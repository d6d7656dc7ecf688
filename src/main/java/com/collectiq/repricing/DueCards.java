package com.collectiq.repricing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.collectiq.card.Card;
import com.collectiq.card.CardNotFoundException;
import com.collectiq.card.CardStatus;
import com.collectiq.card.CardStore;
import com.collectiq.card.Repricing;
import com.collectiq.card.StaleCardException;
import com.collectiq.platform.ids.Ids;

/**
 * A repricing pass: reads the cards that are due through the store's index, a page at a time, claims
 * each (an optimistic write that moves its due date to the end of the claim, so the next page, the
 * next pass and every other instance skip it) and queues one reprice per claimed card. Of two
 * instances that read the same card, one claim lands; the other finds the card changed and moves on.
 */
@Component("dueCards")
public class DueCards {

    private static final Logger log = LoggerFactory.getLogger(DueCards.class);

    private final CardStore cards;
    private final RepriceRequests requests;
    private final RepricingProperties properties;
    private final Clock clock;

    public DueCards(CardStore cards, RepriceRequests requests, RepricingProperties properties, Clock clock) {
        this.cards = cards;
        this.requests = requests;
        this.properties = properties;
        this.clock = clock;
    }

    /** Claims and queues what is due now, up to {@code max-per-pass}; returns how many were queued. */
    public int queueDue() {
        Instant now = clock.instant();
        int queued = 0;
        while (queued < properties.maxPerPass()) {
            List<Card> due = cards.findDueForRepricing(now, Math.min(properties.page(), properties.maxPerPass() - queued));
            int claimed = 0;
            for (Card card : due) {
                Optional<RepriceRequest> request = claim(card, now);
                if (request.isPresent()) {
                    requests.submit(request.get());
                    claimed++;
                }
            }
            queued += claimed;
            // a page with nothing claimable (being valued, or claimed elsewhere and still listed by
            // an eventually consistent index) would come back unchanged: the next pass sees to it
            if (claimed == 0) {
                break;
            }
        }
        if (queued > 0) {
            log.info("repricing pass queued {} due cards", queued);
        }
        return queued;
    }

    private Optional<RepriceRequest> claim(Card card, Instant now) {
        Repricing repricing = card.repricing();
        // a card being valued again is priced by that run, which also sets its next due date
        if (card.status() != CardStatus.VALUED || card.run() != null || repricing == null || !repricing.dueAt(now)) {
            return Optional.empty();
        }
        Repricing claim = repricing.claimed(now.plus(properties.claim()), Ids.newId(clock));
        try {
            cards.update(card.withRepricing(claim));
            return Optional.of(new RepriceRequest(card.owner(), card.id(), claim.runId(), claim.due()));
        } catch (StaleCardException | CardNotFoundException changedOrGone) {
            return Optional.empty();
        }
    }
}
