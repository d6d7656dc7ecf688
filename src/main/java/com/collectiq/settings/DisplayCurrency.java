package com.collectiq.settings;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.collectiq.currency.ExchangeRates;
import com.collectiq.currency.ReferenceRates;

/**
 * What any feature calls to show an amount in the user's currency: {@link #of(String)} is the owner's
 * currency, {@link #convert} converts at the reference rates in use (ECB, or the bundled fallback,
 * as {@code Converted.source} says). Stored amounts are never converted in place: this is for display.
 */
@Component
public class DisplayCurrency {

    private final Settings settings;
    private final ReferenceRates rates;

    DisplayCurrency(Settings settings, ReferenceRates rates) {
        this.settings = settings;
        this.rates = rates;
    }

    /** The ISO 4217 code the owner sees values in (their setting, else {@code collectiq.pricing.currency}). */
    public String of(String owner) {
        return settings.of(owner).currency();
    }

    /**
     * {@code amount} of {@code from} in {@code to}, rounded to {@code to}'s minor digits, with the
     * rate and its date; empty when the rates do not cover one of the two.
     */
    public Optional<ExchangeRates.Converted> convert(BigDecimal amount, String from, String to) {
        return rates.current().convert(amount, from, to);
    }

    /** The rates in use now, for converting several amounts at one day's rates. */
    public ExchangeRates rates() {
        return rates.current();
    }
}
