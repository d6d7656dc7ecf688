package com.collectiq.settings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.collectiq.settings.SettingsStore;
import com.collectiq.settings.UserSettings;
import com.collectiq.testsupport.TickingClock;

/** The {@link SettingsStore} contract, run against H2 and dynalite on a fresh store. */
abstract class SettingsStoreContract {

    final TickingClock clock = new TickingClock(Instant.parse("2026-12-01T09:00:00Z"));
    final String alice = "alice-" + UUID.randomUUID();
    final String bob = "bob-" + UUID.randomUUID();
    SettingsStore store;

    abstract SettingsStore openStore();

    abstract void closeBackend();

    @BeforeEach
    void open() {
        store = openStore();
    }

    @AfterEach
    void close() {
        closeBackend();
    }

    @Test
    void aUserWhoNeverChoseHasNoSettings() {
        assertThat(store.get(alice)).isEmpty();
    }

    @Test
    void settingsAreKeptPerUserAndReplaced() {
        store.put(alice, new UserSettings("EUR"));
        store.put(bob, new UserSettings("JPY"));
        store.put(alice, new UserSettings("GBP", "weekly"));

        assertThat(store.get(alice)).contains(new UserSettings("GBP", "weekly"));
        assertThat(store.get(bob)).contains(new UserSettings("JPY"));
    }

    @Test
    void deleteForgetsOnlyThatUsersSettingsAndMayBeRepeated() {
        store.put(alice, new UserSettings("EUR"));
        store.put(bob, new UserSettings("CHF"));

        store.delete(alice);
        store.delete(alice);

        assertThat(store.get(alice)).isEmpty();
        assertThat(store.get(bob)).contains(new UserSettings("CHF"));
    }

    @Test
    void aUserNameThatLooksLikeAKeyPrefixIsStillOneUser() {
        // ids are opaque: "alice" and "alice#x" must not see each other's settings
        store.put(alice, new UserSettings("EUR"));

        assertThat(store.get(alice + "#x")).isEmpty();
        assertThat(store.get(alice.substring(0, 5))).isEmpty();
    }
}
