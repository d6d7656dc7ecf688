package com.collectiq.multicard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import com.collectiq.testsupport.LocalMode;
import com.collectiq.testsupport.spreads.PlacedCard;
import com.collectiq.upload.PhotoUploaded;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The page in {@code local} mode: the upload itself delivers the photo's event (in its own request),
 * so the event comes first and a {@code POST /cards} races the pipeline's cut; Tesseract reads each crop.
 */
@LocalMode
class LocalPageOfCardsTest extends PageOfCardsContract {

    @Autowired
    ApplicationEventPublisher events;

    @Override
    protected void deliverObjectCreated(String key, String etag) {
        events.publishEvent(new PhotoUploaded(key, 0, "image/jpeg", etag));
    }

    @Override
    protected void checkIdentities(List<JsonNode> cards, List<PlacedCard> truth) {
        List<String> expected = truth.stream().map(placed -> placed.card().catalogId()).toList();
        long right = cards.stream().map(card -> card.path("identity").path("catalogId").asText())
                .filter(expected::contains).count();
        System.out.println("page of nine, local reading: " + right + " of " + cards.size() + " cards identified: "
                + cards.stream().map(card -> card.path("identity").path("catalogId").asText("-")).toList() + " for "
                + expected);
        // the reading of crops at what a page gives (about 9 px/mm) is measured over many pages by
        // SpreadReadingBench; here most of one page's cards must come out as themselves
        assertThat(right).as("cards of the page read and identified from their crops").isGreaterThan(cards.size() / 2);
    }
}
