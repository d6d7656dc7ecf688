package com.collectiq.testsupport.eras;

import java.util.List;
import java.util.Random;

/**
 * Invented card text: the data has attack counts and names of no card, so attacks, rules and flavour
 * are plausible filler drawn from a seed. It gives the reader the clutter a real card has around the
 * fields that matter.
 */
final class Filler {

    private static final List<String> ATTACK_WORDS = List.of("Tackle", "Ember", "Flame Burst", "Bubble",
            "Hydro Splash", "Vine Whip", "Razor Leaf", "Thunder Jolt", "Spark", "Psybeam", "Confuse Ray",
            "Low Kick", "Rock Slide", "Bite", "Scratch", "Gnaw", "Body Slam", "Headbutt", "Sludge Bomb",
            "Wing Attack", "Gust", "Mega Punch", "Ice Beam", "Hyper Beam", "Dark Pulse", "Iron Tail",
            "Energy Ball", "Double-Edge", "Quick Turn", "Rollout", "Fury Swipes", "Slash", "Tail Whip");
    private static final List<String> ABILITY_WORDS = List.of("Energy Trans", "Rain Dance", "Damage Swap",
            "Strange Behavior", "Fragrance Trap", "Stone Skin", "Shady Move", "Quick Search", "Sun Blessing");
    private static final List<String> SENTENCES = List.of(
            "Flip a coin. If heads, the Defending Pokémon is now Paralyzed.",
            "Discard an Energy attached to this Pokémon.",
            "This attack does 10 damage to each of your opponent's Benched Pokémon.",
            "Your opponent's Active Pokémon is now Asleep.",
            "Heal 30 damage from this Pokémon.",
            "Search your deck for a Basic Energy card and attach it to this Pokémon. Then, shuffle your deck.",
            "During your opponent's next turn, this Pokémon takes 30 less damage from attacks.",
            "Draw 2 cards.",
            "If this Pokémon has any damage counters on it, this attack does 40 more damage.",
            "Choose 1 of your opponent's Benched Pokémon. This attack does 20 damage to that Pokémon.",
            "Once during your turn, you may move a damage counter from 1 of your Pokémon to another.");
    private static final List<String> RULES = List.of(
            "Search your deck for up to 2 Basic Pokémon and put them onto your Bench. Then, shuffle your deck.",
            "Draw cards until you have 6 cards in your hand.",
            "Shuffle your hand into your deck. Then, draw 5 cards.",
            "Heal 60 damage from 1 of your Pokémon.",
            "Switch your Active Pokémon with 1 of your Benched Pokémon.",
            "Look at the top 7 cards of your deck. You may reveal a Trainer card you find there and put it into your hand.",
            "Once during each player's turn, that player may draw a card.",
            "The Pokémon this card is attached to gets +30 HP.");
    private static final List<String> FLAVOUR = List.of(
            "It stores electricity in its cheeks and releases it when it feels threatened.",
            "It lives deep in forests, where it hides among the roots of old trees.",
            "When it is angered, the flame on its tail flares up bright white.",
            "It swims through the sea at night, guided by the glow of the moon.",
            "Its shell is as hard as stone and shrugs off almost any blow.",
            "It is said that it appears only to those with a pure heart.",
            "This Pokémon sleeps for most of the day and is hard to wake.");
    private static final List<String> KINDS = List.of("Mouse", "Flame", "Seed", "Shellfish", "Bat", "Poison Pin",
            "Lizard", "Fox", "Balloon", "Mushroom", "Mole", "Scratch Cat", "Psi", "Superpower", "Ghost");

    private final Random random;

    Filler(Random random) {
        this.random = random;
    }

    String attackName() {
        return pick(ATTACK_WORDS);
    }

    String abilityName() {
        return pick(ABILITY_WORDS);
    }

    String attackText() {
        return pick(SENTENCES);
    }

    String rule() {
        return pick(RULES);
    }

    String flavour() {
        return pick(FLAVOUR);
    }

    String kind() {
        return pick(KINDS) + " Pokémon";
    }

    int damage(int hp) {
        return 10 * (1 + random.nextInt(Math.max(2, hp / 10)));
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
