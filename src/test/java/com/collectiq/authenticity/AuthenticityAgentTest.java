package com.collectiq.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.collectiq.authenticity.RenderedCards.Front;
import com.collectiq.authenticity.references.ReferenceLibrary;
import com.collectiq.card.Authenticity;
import com.collectiq.card.Identity;
import com.collectiq.extraction.Extraction;
import com.collectiq.testsupport.LocalMode;
import com.collectiq.vision.PhotoAnalyzer;
import com.collectiq.vision.VisualFeatures;

/**
 * The agent in local mode (no model) on rendered cards: a genuine card and its reference, the same
 * card photographed again, and fakes that each get one thing wrong — then all of them at once.
 */
@LocalMode
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthenticityAgentTest {

    private static final AtomicInteger SETS = new AtomicInteger();
    private static final CatalogFacts BASE_SET_CHARIZARD = new CatalogFacts(120, "Mitsuhiro Arita",
            LocalDate.of(1999, 1, 9), true);

    @Autowired
    AuthenticityAgent agent;

    @Autowired
    ReferenceLibrary references;

    @Autowired
    PhotoAnalyzer analyzer;

    @Autowired
    ProducerTemplate camel;

    /** A catalog id of this test run, so references of earlier runs in the same data dir do not count. */
    String catalogId;

    @BeforeAll
    void storeTheReferences() {
        catalogId = "agent" + System.nanoTime() % 1_000_000 + SETS.incrementAndGet() + "-4";
        references.add(catalogId, RenderedCards.png(RenderedCards.photograph(RenderedCards.front(Front.charizard()), 1, 0, 1)),
                "image/png");
        if (references.of(ReferenceLibrary.POKEMON_BACK).isEmpty()) {
            references.add(ReferenceLibrary.POKEMON_BACK,
                    RenderedCards.png(RenderedCards.photograph(RenderedCards.back(RenderedCards.BACK_BLUE, false), 1, 0, 2)),
                    "image/png");
        }
    }

    @Test
    void aGenuineCardPhotographedAgainMatchesItsReferenceAndLooksGenuine() {
        for (double[] shot : new double[][] {{0.6, 3, 0.5}, {1.2, -4, 0.75}, {0.8, 1.5, 0.4}}) {
            BufferedImage photo = RenderedCards.photograph(RenderedCards.front(Front.charizard()), shot[0], shot[1], 7);

            Authenticity result = agent.judge(request(Front.charizard(), RenderedCards.jpeg(photo, (float) shot[2]),
                    genuineBack(), Optional.of(BASE_SET_CHARIZARD), catalogId, List.of()));

            assertThat(signal(result, SignalNames.REFERENCE_MATCH).value()).as("reference match of %s", shot).isGreaterThan(0.85);
            assertThat(result.verdict()).as(result.rationale()).isEqualTo("likely-genuine");
        }
    }

    @Test
    void eachFakeScoresLowerThanTheGenuineCardAndAllOfThemTogetherAreSuspect() {
        double genuine = score(Front.charizard(), 0, genuineBack(), Optional.of(BASE_SET_CHARIZARD));
        Map<String, Double> fakes = Map.of(
                "wrong border colour", score(Front.charizard().bordered(new Color(0xC0392B)), 0, genuineBack(),
                        Optional.of(BASE_SET_CHARIZARD)),
                "blurred reprint", score(Front.charizard(), 3.5, genuineBack(), Optional.of(BASE_SET_CHARIZARD)),
                "misspelled name", score(Front.charizard().named("Charizrad"), 0, genuineBack(),
                        Optional.of(BASE_SET_CHARIZARD)),
                "number beyond the set", score(Front.charizard().numbered("150"), 0, genuineBack(),
                        Optional.of(new CatalogFacts(120, "Mitsuhiro Arita", LocalDate.of(1999, 1, 9), false))),
                "wrong back", score(Front.charizard(), 0, wrongBack(), Optional.of(BASE_SET_CHARIZARD)));

        fakes.forEach((fake, score) -> assertThat(score).as(fake).isLessThan(genuine - 0.05));

        Front everything = Front.charizard().bordered(new Color(0xC0392B)).named("Charizrad").numbered("150");
        Authenticity combined = agent.judge(request(everything,
                RenderedCards.jpeg(RenderedCards.photograph(RenderedCards.blurred(RenderedCards.front(everything), 3.5), 1, 2, 5), 0.8f),
                wrongBack(), Optional.of(new CatalogFacts(120, "Mitsuhiro Arita", LocalDate.of(1999, 1, 9), false)),
                catalogId, List.of()));
        assertThat(combined.verdict()).as(combined.rationale()).isEqualTo("suspect");
    }

    @Test
    void aPhotoOfAScreenIsFlaggedFromThePixelsAndFromTheLabels() {
        BufferedImage onTable = RenderedCards.photograph(RenderedCards.front(Front.charizard()), 1, 2, 9);
        byte[] offScreen = RenderedCards.jpeg(RenderedCards.offScreen(onTable), 0.85f);

        Authenticity local = agent.judge(request(Front.charizard(), offScreen, Optional.empty(),
                Optional.of(BASE_SET_CHARIZARD), catalogId, List.of()));
        Authenticity genuine = agent.judge(request(Front.charizard(), RenderedCards.jpeg(onTable, 0.85f), Optional.empty(),
                Optional.of(BASE_SET_CHARIZARD), catalogId, List.of()));

        Authenticity.Signal screen = signal(local, SignalNames.SCREEN_PHOTO);
        assertThat(screen.value()).as(screen.reason()).isLessThan(0.3);
        assertThat(screen.reason()).contains("screen");
        assertThat(signal(genuine, SignalNames.SCREEN_PHOTO).value()).as(signal(genuine, SignalNames.SCREEN_PHOTO).reason())
                .isGreaterThan(0.9);
        assertThat(local.score()).isLessThan(genuine.score());

        // in aws mode Rekognition's labels say the same
        Authenticity labelled = agent.judge(request(Front.charizard(), offScreen, Optional.empty(),
                Optional.of(BASE_SET_CHARIZARD), catalogId,
                List.of(new Extraction.Label("Monitor", 0.94), new Extraction.Label("Electronics", 0.9))));
        assertThat(signal(labelled, SignalNames.LABELS).value()).isLessThan(0.1);
        assertThat(signal(labelled, SignalNames.LABELS).reason()).contains("screen");
        assertThat(labelled.score()).isLessThan(local.score());
    }

    @Test
    void withoutAReferenceAndWithoutAModelTheVerdictIsInconclusive() {
        BufferedImage photo = RenderedCards.photograph(RenderedCards.front(Front.charizard()), 1, 2, 3);

        Authenticity result = agent.judge(request(Front.charizard(), RenderedCards.jpeg(photo, 0.8f), Optional.empty(),
                Optional.of(BASE_SET_CHARIZARD), "noref1-4", List.of()));

        assertThat(result.verdict()).as(result.rationale()).isEqualTo("inconclusive");
        assertThat(result.score()).isLessThan(AuthenticityProperties.defaults().genuineAt());
        assertThat(signal(result, SignalNames.REFERENCE_MATCH).value()).isNull();
        assertThat(signal(result, SignalNames.REFERENCE_MATCH).weight()).isZero();
        assertThat(signal(result, SignalNames.MODEL_OPINION).reason()).isEqualTo("no model in this mode");
        assertThat(result.rationale()).contains("Not checked: reference-match");
    }

    @Test
    void theRouteFragmentCallsTheAgent() {
        BufferedImage photo = RenderedCards.photograph(RenderedCards.front(Front.charizard()), 1, 0, 4);

        Authenticity result = camel.requestBody("direct:judge-authenticity", request(Front.charizard(),
                RenderedCards.jpeg(photo, 0.8f), Optional.empty(), Optional.of(BASE_SET_CHARIZARD), catalogId, List.of()),
                Authenticity.class);

        assertThat(result.signals()).extracting(Authenticity.Signal::name).containsExactly(SignalNames.REFERENCE_MATCH,
                SignalNames.PRINTED_TEXT, SignalNames.PRINT_AND_FINISH, SignalNames.BACK, SignalNames.SCREEN_PHOTO,
                SignalNames.LABELS, SignalNames.MODEL_OPINION);
        assertThat(result.verdict()).isEqualTo("likely-genuine");
    }

    private double score(Front front, double blur, Optional<VisualFeatures> back, Optional<CatalogFacts> facts) {
        BufferedImage card = RenderedCards.front(front);
        if (blur > 0) {
            card = RenderedCards.blurred(card, blur);
        }
        byte[] photo = RenderedCards.jpeg(RenderedCards.photograph(card, 1, 2, 5), 0.8f);
        return agent.judge(request(front, photo, back, facts, catalogId, List.of())).score();
    }

    private AuthenticityRequest request(Front printed, byte[] photo, Optional<VisualFeatures> back,
            Optional<CatalogFacts> facts, String id, List<Extraction.Label> labels) {
        // the identification resolves the printed number; the name is the catalog's (a misprint is not copied)
        Identity identity = new Identity("Charizard", "Base", printed.number(), printed.total(), id, "Rare Holo",
                "holofoil", 0.9, Map.of(), List.of());
        return new AuthenticityRequest(analyzer.analyse(photo, "image/jpeg").features(), back,
                printed.extraction(labels), identity, facts, photo, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private Optional<VisualFeatures> genuineBack() {
        return Optional.of(analyzer.analyse(RenderedCards.jpeg(
                RenderedCards.photograph(RenderedCards.back(RenderedCards.BACK_BLUE, false), 0.9, -3, 8), 0.8f), "image/jpeg").features());
    }

    private Optional<VisualFeatures> wrongBack() {
        BufferedImage fake = RenderedCards.back(new Color(0x2E8B57), true);
        return Optional.of(analyzer.analyse(RenderedCards.jpeg(RenderedCards.photograph(fake, 0.9, -3, 8), 0.8f),
                "image/jpeg").features());
    }

    private static Authenticity.Signal signal(Authenticity result, String name) {
        return result.signals().stream().filter(signal -> signal.name().equals(name)).findFirst().orElseThrow();
    }
}
