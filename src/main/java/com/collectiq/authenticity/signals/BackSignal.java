package com.collectiq.authenticity.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.collectiq.authenticity.AuthenticityProperties;
import com.collectiq.authenticity.AuthenticityRequest;
import com.collectiq.authenticity.AuthenticitySignal;
import com.collectiq.authenticity.SignalNames;
import com.collectiq.authenticity.SignalReading;
import com.collectiq.authenticity.references.ReferenceHash;
import com.collectiq.authenticity.references.ReferenceHashes;
import com.collectiq.authenticity.references.ReferenceLibrary;
import com.collectiq.vision.BorderColour;
import com.collectiq.vision.VisualFeatures;

/**
 * Does the back look like the genuine back? Every English Pokémon card shares one back: a blue
 * border around the swirl and the ball. Its colour is checked always, its picture against the
 * genuine back's reference ({@link ReferenceLibrary#POKEMON_BACK}) when one is stored. Fakes often
 * get the back wrong: another blue, a mirrored or redrawn design.
 */
@Component
@Order(4)
class BackSignal implements AuthenticitySignal {

    private final ReferenceHashes references;
    private final AuthenticityProperties properties;

    BackSignal(ReferenceHashes references, AuthenticityProperties properties) {
        this.references = references;
        this.properties = properties;
    }

    @Override
    public String name() {
        return SignalNames.BACK;
    }

    @Override
    public SignalReading read(AuthenticityRequest request) {
        if (request.back().isEmpty()) {
            return SignalReading.unavailable("no photo of the back");
        }
        VisualFeatures back = request.back().get();
        if (back.outline().isEmpty() || back.borderColour().isEmpty()) {
            return SignalReading.unavailable("no card outline in the photo of the back");
        }
        List<Finding> findings = new ArrayList<>();
        BorderColour colour = back.borderColour().get();
        findings.add(colour == BorderColour.BLUE ? Finding.ok("a blue back border")
                : Finding.tellTale(0.1, "a " + colour.name().toLowerCase(Locale.ROOT) + " back border where genuine backs are blue"));
        List<ReferenceHash> genuine = references.of(ReferenceLibrary.POKEMON_BACK);
        HashMatch.closest(back.hashes(), genuine, properties).ifPresent(match -> findings.add(
                new Finding(match.value(), 3, false, String.format(Locale.ROOT,
                        "back pHash %d bits from the genuine back", match.distance()))));
        SignalReading reading = Finding.combine(findings, "the back could not be measured");
        return genuine.isEmpty()
                ? new SignalReading(reading.value(), reading.reason() + " (colour only: no genuine back reference stored)")
                : reading;
    }
}
