package com.collectiq.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.collectiq.card.Hints;
import com.collectiq.card.Identity;
import com.collectiq.card.Identity.Candidate;
import com.collectiq.extraction.Extraction;
import com.collectiq.identification.catalog.Catalog;
import com.collectiq.identification.catalog.CatalogCard;
import com.collectiq.identification.catalog.CatalogSet;
import com.collectiq.identification.catalog.OnlineAnswer;
import com.collectiq.identification.catalog.OnlineAnswer.Outcome;
import com.collectiq.identification.catalog.OnlineCard;
import com.collectiq.identification.catalog.OnlineCatalog;
import com.collectiq.identification.catalog.PriceBlocks;

/**
 * A candidate the owner picked ({@link Hints#catalogId()}) is the card, whatever the reading ranks
 * first: the identity is the pick's, the evidence says it was the owner's pick, the candidates stay
 * for another pick, and the online catalog is asked for exactly that card.
 */
class OwnersPickTest {

    private static final Catalog CATALOG = Catalog.bundled();
    /** A Charizard, read cleanly: unpicked, the identifier is sure it is base1-4. */
    private static final Extraction CHARIZARD = OcrCase.of("charizard", "base1-4", "Charizard 120 HP",
            "Illus. Mitsuhiro Arita ©1999 Wizards. 4/102").extraction();

    private final List<String> asked = new ArrayList<>();

    @Test
    void withoutAPickTheReadingDecides() {
        Identity identity = identifier(offline()).identify(CHARIZARD, Hints.NONE, VisualHints.NONE).identity();

        assertThat(identity.catalogId()).isEqualTo("base1-4");
        assertThat(identity.evidence().get("catalogId").rationale()).doesNotContain("owner's pick");
    }

    @Test
    void aPickedCandidateIsTheCardAndTheEvidenceSaysSo() {
        // Bulbasaur printed with Charizard's number, as the browser journey scans it: the reading is unsure
        Extraction ambiguous = OcrCase.of("ambiguous", null, "Bulbasaur 40 HP", "©1999 Wizards. 4/102").extraction();
        Identity unpicked = identifier(offline()).identify(ambiguous, Hints.NONE, VisualHints.NONE).identity();
        String picked = unpicked.candidates().stream().map(Candidate::catalogId)
                .filter(id -> !id.equals(unpicked.catalogId())).findFirst().orElseThrow();

        Identity identity = identifier(offline()).identify(ambiguous, pick(picked), VisualHints.NONE).identity();

        assertThat(identity.catalogId()).isEqualTo(picked);
        assertThat(identity.name()).isEqualTo(CATALOG.card(picked).orElseThrow().name());
        assertThat(identity.evidence().get("catalogId").value()).isEqualTo(picked);
        assertThat(identity.evidence().get("catalogId").rationale()).startsWith("owner's pick");
        assertThat(identity.confidence()).isGreaterThan(unpicked.confidence());
        assertThat(identity.candidates()).as("the same candidates, for another pick").isEqualTo(unpicked.candidates());
    }

    @Test
    void aPickOverridesEvenAClearReadingOfAnotherCard() {
        Identity identity = identifier(offline()).identify(CHARIZARD, pick("base1-2"), VisualHints.NONE).identity();

        assertThat(identity.catalogId()).isEqualTo("base1-2");
        assertThat(identity.name()).isEqualTo("Blastoise");
        assertThat(identity.set()).isEqualTo("Base");
        assertThat(identity.number()).isEqualTo("2");
        assertThat(identity.evidence().get("catalogId").rationale()).isEqualTo("owner's pick; the reading fits it on nothing");
        assertThat(asked).containsExactly("id:\"base1-2\"");
    }

    @Test
    void aPickTheBundledCatalogLacksIsTakenFromTheOnlineCatalog() {
        CatalogSet gallery = new CatalogSet("swsh11tg", "Lost Origin Trainer Gallery", "Sword & Shield", 30, 30, "LOR",
                LocalDate.of(2022, 9, 9));
        CatalogCard pikachu = new CatalogCard("swsh11tg", "TG12", "Pikachu VMAX", "Pokémon", List.of("VMAX"), 310,
                "Rare Holo VMAX", "Ryota Murayama");
        CardIdentifier identifier = identifier(query -> OnlineAnswer.answered(List.of(new OnlineCard(pikachu, gallery,
                new PriceBlocks(pikachu.id(), "{\"holofoil\":{\"market\":26.1}}", null))), "1 card"));

        Identification result = identifier.identify(CHARIZARD, pick("swsh11tg-TG12"), VisualHints.NONE);

        assertThat(result.identity().catalogId()).isEqualTo("swsh11tg-TG12");
        assertThat(result.identity().set()).isEqualTo("Lost Origin Trainer Gallery");
        assertThat(result.identity().evidence().get("catalogId").rationale())
                .isEqualTo("owner's pick; the reading fits it on nothing; the online catalog knows it");
        assertThat(result.prices().tcgplayerJson()).contains("26.1");
        assertThat(asked).containsExactly("id:\"swsh11tg-TG12\"");
    }

    @Test
    void aPickNeitherCatalogCanFindLeavesTheReadingToDecideAndSaysWhy() {
        Identity identity = identifier(offline()).identify(CHARIZARD, pick("swsh11tg-TG12"), VisualHints.NONE).identity();

        assertThat(identity.catalogId()).isEqualTo("base1-4");
        assertThat(identity.evidence().get("pick").value()).isEqualTo("swsh11tg-TG12");
        assertThat(identity.evidence().get("pick").rationale()).startsWith("owner's pick, not bundled and not found online");
    }

    private static Hints pick(String catalogId) {
        return new Hints(null, null, null, null, null, null, null, catalogId);
    }

    private OnlineCatalog offline() {
        return query -> OnlineAnswer.notAnswered(Outcome.OFFLINE, "offline in this test");
    }

    private CardIdentifier identifier(OnlineCatalog online) {
        return new CardIdentifier(CATALOG, query -> {
            asked.add(query);
            return online.search(query);
        });
    }
}
