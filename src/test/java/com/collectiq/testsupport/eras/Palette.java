package com.collectiq.testsupport.eras;

import java.awt.Color;
import java.util.List;

/** The Pokémon types' colours, as the card frames and energy symbols print them. */
enum Palette {
    GRASS(new Color(0x5DA84A), new Color(0xCDE3B0)),
    FIRE(new Color(0xE0482F), new Color(0xF2C29F)),
    WATER(new Color(0x3D8FD6), new Color(0xB9D9F0)),
    LIGHTNING(new Color(0xF5C518), new Color(0xF7E8A0)),
    PSYCHIC(new Color(0x9A5BB5), new Color(0xDCC4E6)),
    FIGHTING(new Color(0xB5602F), new Color(0xE3C3A6)),
    DARKNESS(new Color(0x2F4A55), new Color(0x9FB0B5)),
    METAL(new Color(0x8E9AA3), new Color(0xD7DCDF)),
    COLORLESS(new Color(0xE8E4DA), new Color(0xF3F0E8));

    final Color strong;
    final Color pale;

    Palette(Color strong, Color pale) {
        this.strong = strong;
        this.pale = pale;
    }

    /** The type of an energy named after it, else one chosen from the card's name. */
    static Palette of(PrintedCard card) {
        String name = card.name().toLowerCase();
        for (Palette type : values()) {
            if (name.contains(type.name().toLowerCase())) {
                return type;
            }
        }
        List<Palette> types = List.of(values());
        return types.get(Math.floorMod(card.name().hashCode(), types.size()));
    }
}
