package com.collectiq.settings;

import java.util.Optional;

/**
 * Where each user's settings are kept: a row of {@code user_settings} ({@code local}), an item
 * {@code OWNER#<owner> / SETTINGS} in the single table ({@code aws}); docs/data-model.md.
 */
public interface SettingsStore {

    /** The owner's settings, empty when they never chose any. */
    Optional<UserSettings> get(String owner);

    /** Stores the owner's settings, replacing what was there. */
    void put(String owner, UserSettings settings);

    /** Forgets the owner's settings; nothing to forget is fine. */
    void delete(String owner);
}
