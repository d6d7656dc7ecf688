package com.collectiq.recovery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.collectiq.card.CardNotFoundException;
import com.collectiq.card.CardService;
import com.collectiq.platform.web.ApiJson;
import com.collectiq.platform.web.ApiProblem;
import com.collectiq.platform.web.QueryParams;

/**
 * {@code /admin/dead-letters}: operators list what failed for good and re-drive it. A letter about a
 * card re-drives the card (a new run, valued exactly as a fresh one); a message nobody could read goes
 * back to the work queue as it was; a stage with its own {@link DeadLetterRedrive} (a webhook delivery)
 * is re-driven by it. Either way the letter is removed, so a re-drive that fails again
 * leaves one new letter, never a loop.
 */
@Component("deadLetterApi")
public class DeadLetterApi {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterApi.class);
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;
    /** Re-drive all takes the letters there when it starts, at most this many. */
    private static final int MAX_REDRIVE_ALL = 1000;

    private final DeadLetters letters;
    private final CardService cards;
    private final ProducerTemplate producer;
    private final ApiJson json;
    private final String workUri;
    private final Map<String, DeadLetterRedrive> redrivesByStage;

    public DeadLetterApi(DeadLetters letters, CardService cards, ProducerTemplate producer, ApiJson json,
            @Value("${collectiq.intake.work-uri}") String workUri, ObjectProvider<DeadLetterRedrive> redrives) {
        this.letters = letters;
        this.cards = cards;
        this.producer = producer;
        this.json = json;
        this.workUri = workUri;
        this.redrivesByStage = redrives.orderedStream()
                .collect(Collectors.toUnmodifiableMap(DeadLetterRedrive::stage, Function.identity()));
    }

    public void list(Exchange exchange) {
        int limit = QueryParams.limit(exchange.getIn().getHeader("limit", String.class), DEFAULT_LIMIT, MAX_LIMIT);
        json.reply(exchange, 200, Map.of("items", letters.list(limit)));
    }

    public void redriveOne(Exchange exchange) {
        String id = exchange.getIn().getHeader("id", String.class);
        DeadLetter letter = letters.find(id).orElseThrow(() -> ApiProblem.notFound("No dead letter " + id + "."));
        redrive(letter);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", letter.id());
        body.put("cardId", letter.cardId());
        body.put("redriven", true);
        json.reply(exchange, 202, body);
    }

    public void redriveAll(Exchange exchange) {
        List<DeadLetter> present = letters.list(MAX_REDRIVE_ALL);
        int redriven = 0;
        for (DeadLetter listed : present) {
            var found = letters.find(listed.id());
            if (found.isPresent()) {
                redrive(found.get());
                redriven++;
            }
        }
        json.reply(exchange, 202, Map.of("redriven", redriven));
    }

    private void redrive(DeadLetter letter) {
        DeadLetterRedrive own = redrivesByStage.get(letter.stage());
        if (own != null) {
            own.redrive(letter);
        } else if (letter.aboutACard()) {
            try {
                cards.redrive(letter.owner(), letter.cardId());
            } catch (CardNotFoundException deleted) {
                log.info("dead letter {}: card {} was deleted; nothing to re-drive", letter.id(), letter.cardId());
            }
        } else {
            producer.sendBody(workUri, letter.message());
        }
        letters.remove(letter);
        log.info("dead letter {} re-driven (card {})", letter.id(), letter.cardId());
    }

}
