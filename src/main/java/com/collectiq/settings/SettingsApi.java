package com.collectiq.settings;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

import com.collectiq.auth.Callers;
import com.collectiq.platform.web.ApiJson;

/** {@code GET} and {@code PUT /me/settings} for the REST DSL in {@code routes/cards-api.yaml}. */
@Component("settingsApi")
public class SettingsApi {

    private final Settings settings;
    private final ApiJson json;

    SettingsApi(Settings settings, ApiJson json) {
        this.settings = settings;
        this.json = json;
    }

    public void get(Exchange exchange) {
        reply(exchange, settings.of(Callers.of(exchange).sub()));
    }

    public void put(Exchange exchange) {
        UserSettings request = json.readBody(exchange, UserSettings.class);
        reply(exchange, settings.change(Callers.of(exchange).sub(), request));
    }

    private void reply(Exchange exchange, UserSettings body) {
        Message out = exchange.getMessage();
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        out.setHeader(Exchange.CONTENT_TYPE, "application/json");
        out.setBody(json.write(body));
    }
}
