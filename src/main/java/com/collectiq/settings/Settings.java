package com.collectiq.settings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.collectiq.currency.ExchangeRates;
import com.collectiq.currency.ReferenceRates;
import com.collectiq.platform.web.ApiProblem;

/**
 * The rules of a user's settings: until they choose, the currency is the valuation currency
 * ({@code collectiq.pricing.currency}); a currency can be chosen only when the reference rates in use
 * cover it (a 422 names the ones they do).
 */
@Component
public class Settings {

    private final SettingsStore store;
    private final ReferenceRates rates;
    private final String defaultCurrency;

    Settings(SettingsStore store, ReferenceRates rates, @Value("${collectiq.pricing.currency:USD}") String defaultCurrency) {
        this.store = store;
        this.rates = rates;
        this.defaultCurrency = defaultCurrency;
    }

    public UserSettings of(String owner) {
        return store.get(owner).orElseGet(() -> new UserSettings(defaultCurrency));
    }

    public UserSettings change(String owner, UserSettings settings) {
        ExchangeRates current = rates.current();
        if (!current.covers(settings.currency())) {
            throw new ApiProblem(422, "unsupported-currency", "The currency is not one the rates cover",
                    settings.currency() + " has no reference rate; choose one of " + String.join(", ", current.currencies())
                            + ".");
        }
        store.put(owner, settings);
        return settings;
    }

    public void deleteOf(String owner) {
        store.delete(owner);
    }
}
