package com.collectiq.authenticity.signals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.collectiq.authenticity.AuthenticityProperties;
import com.collectiq.authenticity.AuthenticityRequest;
import com.collectiq.authenticity.AuthenticitySignal;
import com.collectiq.authenticity.SignalNames;
import com.collectiq.authenticity.SignalReading;
import com.collectiq.authenticity.references.ReferenceHash;
import com.collectiq.authenticity.references.ReferenceHashes;

/** Does the front look like the reference images of the card it was identified as? */
@Component
@Order(1)
class ReferenceMatchSignal implements AuthenticitySignal {

    private final ReferenceHashes references;
    private final AuthenticityProperties properties;

    ReferenceMatchSignal(ReferenceHashes references, AuthenticityProperties properties) {
        this.references = references;
        this.properties = properties;
    }

    @Override
    public String name() {
        return SignalNames.REFERENCE_MATCH;
    }

    @Override
    public SignalReading read(AuthenticityRequest request) {
        String catalogId = request.identity().catalogId();
        if (catalogId == null) {
            return SignalReading.unavailable("the card was not resolved to a catalog id");
        }
        if (request.front().outline().isEmpty()) {
            return SignalReading.unavailable("no card outline in the photo to compare");
        }
        List<ReferenceHash> known = references.of(catalogId);
        Optional<HashMatch> match = HashMatch.closest(request.front().hashes(), known, properties);
        return match.map(found -> SignalReading.of(found.value(), String.format(Locale.ROOT,
                        "pHash %d bits from the closest of %d reference(s) of %s (a match is %d or fewer, %d or more is another picture)",
                        found.distance(), known.size(), catalogId, properties.matchDistance(), properties.mismatchDistance())))
                .orElseGet(() -> SignalReading.unavailable("no reference image of " + catalogId));
    }
}
