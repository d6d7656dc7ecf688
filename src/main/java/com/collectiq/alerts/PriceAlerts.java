package com.collectiq.alerts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import com.collectiq.card.Card;
import com.collectiq.card.CardService;
import com.collectiq.card.Valuation;
import com.collectiq.currency.ExchangeRates;
import com.collectiq.platform.ids.Ids;
import com.collectiq.platform.web.ApiProblem;
import com.collectiq.settings.DisplayCurrency;

/**
 * Price alerts: setting them (one threshold each, in the owner's currency, at most
 * {@code collectiq.alerts.max-per-user}) and checking a card's alerts against a new valuation.
 * Sample prices are not market data: a valuation priced from them fires nothing.
 */
@Service
public class PriceAlerts {

    /** What a new valuation did to a card's alerts: which fired, and every alert whose state changed. */
    public record Check(List<PriceAlert> fired, List<PriceAlert> changed, BigDecimal fair) {

        static final Check NONE = new Check(List.of(), List.of(), null);
    }

    private final PriceAlertStore store;
    private final CardService cards;
    private final AlertsProperties properties;
    private final DisplayCurrency display;
    private final Clock clock;

    public PriceAlerts(PriceAlertStore store, CardService cards, AlertsProperties properties, DisplayCurrency display,
            Clock clock) {
        this.store = store;
        this.cards = cards;
        this.properties = properties;
        this.display = display;
        this.clock = clock;
    }

    public PriceAlert create(String owner, NewAlert request) {
        long given = Stream.of(request.above(), request.below(), request.changePercent()).filter(v -> v != null).count();
        if (given != 1) {
            throw ApiProblem.badRequest("Give exactly one of above, below or changePercent.");
        }
        Card card = cards.get(owner, request.cardId());
        String currency = currencyOf(owner);
        Optional<BigDecimal> fair = fairIn(card.valuation(), currency);
        PriceAlert.Kind kind = request.above() != null ? PriceAlert.Kind.ABOVE
                : request.below() != null ? PriceAlert.Kind.BELOW : PriceAlert.Kind.CHANGE_PERCENT;
        if (kind == PriceAlert.Kind.CHANGE_PERCENT && fair.filter(f -> f.signum() > 0).isEmpty()) {
            throw new ApiProblem(422, "no-value-yet", "The card has no value to count a change from",
                    "A changePercent alert counts from the card's fair value, and this card has none yet: set it once the card is valued, or use above/below.");
        }
        BigDecimal threshold = Stream.of(request.above(), request.below(), request.changePercent())
                .filter(v -> v != null).findFirst().orElseThrow();
        Instant now = clock.instant();
        PriceAlert draft = new PriceAlert(Ids.newId(clock), owner, card.id(), kind, threshold, currency,
                fair.orElse(null), true, now, null);
        // an alert whose condition already holds waits for the value to cross back first
        PriceAlert alert = fair.map(f -> draft.holds(f) ? draft.next(f, null).alert() : draft).orElse(draft);
        if (!store.add(alert, properties.maxPerUser())) {
            throw new ApiProblem(409, "too-many-alerts", "Too many price alerts",
                    "You have " + properties.maxPerUser() + " price alerts, the most one user may keep: delete one first.");
        }
        return alert;
    }

    public List<PriceAlert> list(String owner) {
        return store.list(owner);
    }

    public boolean delete(String owner, String id) {
        return store.delete(owner, id);
    }

    /** Checks the card's alerts against its valuation at {@code at}; nothing is written until {@link #save}. */
    public Check check(Card card, Instant at) {
        Valuation valuation = card.valuation();
        if (valuation == null || valuation.fair() == null || valuation.fromSamplePrices()) {
            return Check.NONE;
        }
        List<PriceAlert> fired = new ArrayList<>();
        List<PriceAlert> changed = new ArrayList<>();
        for (PriceAlert alert : store.ofCard(card.owner(), card.id())) {
            Optional<BigDecimal> fair = fairIn(valuation, alert.currency());
            if (fair.isEmpty()) {
                continue;
            }
            PriceAlert.Transition transition = alert.next(fair.get(), at);
            if (transition.fired()) {
                fired.add(transition.alert());
            }
            if (!transition.alert().equals(alert)) {
                changed.add(transition.alert());
            }
        }
        return new Check(fired, changed, valuation.fair());
    }

    /** Writes the alerts' new states; called after their events are in the outbox. */
    public void save(Check check) {
        check.changed().forEach(store::update);
    }

    /** The fair value in the alert's currency, in that currency's minor unit, at today's reference rates. */
    public BigDecimal fairIn(PriceAlert alert, Valuation valuation) {
        return fairIn(valuation, alert.currency()).orElse(null);
    }

    private Optional<BigDecimal> fairIn(Valuation valuation, String currency) {
        if (valuation == null || valuation.fair() == null) {
            return Optional.empty();
        }
        return valuation.currency().equals(currency) ? Optional.of(valuation.fair())
                : display.convert(valuation.fair(), valuation.currency(), currency).map(ExchangeRates.Converted::amount);
    }

    private String currencyOf(String owner) {
        return display.of(owner);
    }
}
