package com.collectiq.valuehistory;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import com.collectiq.auth.Callers;
import com.collectiq.platform.web.ApiJson;

/** The HTTP face of {@link ValueHistory}: {@code GET /portfolio/history} (routes/cards-api.yaml). */
@Component("valueHistoryApi")
public class ValueHistoryApi {

    private final ValueHistory history;
    private final ApiJson json;

    public ValueHistoryApi(ValueHistory history, ApiJson json) {
        this.history = history;
        this.json = json;
    }

    public void history(Exchange exchange) {
        json.reply(exchange, 200, history.between(Callers.of(exchange).sub(),
                exchange.getIn().getHeader("from", String.class), exchange.getIn().getHeader("to", String.class)));
    }
}
