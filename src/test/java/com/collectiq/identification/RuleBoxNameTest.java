package com.collectiq.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleBoxNameTest {

    @ParameterizedTest
    @CsvSource({
            "Rotom V, Rotom",
            "Charizard VMAX, Charizard",
            "Charizard VSTAR, Charizard",
            "Skeledirge ex, Skeledirge",
            "Skarmory-EX, Skarmory",
            "Solgaleo-GX, Solgaleo",
            "Empoleon LV.X, Empoleon",
            // names that end like a mechanic without being printed for one stay whole
            "Pikachu, Pikachu",
            "Mr. Mime, Mr. Mime",
            "Exeggcute, Exeggcute",
            "Unown [V], Unown [V]",
    })
    void dropsTheMechanicsLogoOnly(String name, String base) {
        assertThat(RuleBoxName.base(name)).isEqualTo(base);
    }

    @ParameterizedTest
    @CsvSource({
            "Koga's Arbok, Arbok",
            "Misty's Seaking, Seaking",
            "Team Rocket's Mewtwo ex, Mewtwo",
            "Alolan Meowth, Meowth",
            "Dark Charizard, Charizard",
            "Radiant Charjabug, Charjabug",
            "Galarian Perrserker, Perrserker",
            "Charizard, Charizard",
            "Mr. Mime, Mr. Mime",
            "Farfetch'd, Farfetch'd",
            "Darkrai, Darkrai",
    })
    void theSpeciesDropsTheOwnerOrFormAndTheLogo(String name, String species) {
        assertThat(RuleBoxName.species(name)).isEqualTo(species);
    }

    @Test
    void theLexiconKeepsEveryNameAndAddsEachPokemonOnce() {
        assertThat(RuleBoxName.withBases(List.of("Rotom V", "Charizard", "Charizard ex", "Rotom")))
                .containsExactly("Rotom V", "Charizard", "Charizard ex", "Rotom");
    }
}
