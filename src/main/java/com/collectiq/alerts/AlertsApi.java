package com.collectiq.alerts;

import java.util.List;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import com.collectiq.auth.Callers;
import com.collectiq.platform.ids.Ids;
import com.collectiq.platform.web.ApiJson;
import com.collectiq.platform.web.ApiProblem;

/** The HTTP face of {@link PriceAlerts} for the REST DSL in {@code routes/alerts-api.yaml}. */
@Component("alertsApi")
public class AlertsApi {

    /** {@code GET /alerts}. */
    public record Alerts(List<AlertView> items) {
    }

    private final PriceAlerts alerts;
    private final ApiJson json;

    public AlertsApi(PriceAlerts alerts, ApiJson json) {
        this.alerts = alerts;
        this.json = json;
    }

    public void create(Exchange exchange) {
        PriceAlert alert = alerts.create(owner(exchange), json.readBody(exchange, NewAlert.class));
        json.reply(exchange, 201, AlertView.of(alert));
        exchange.getMessage().setHeader("Location", "/alerts/" + alert.id());
    }

    public void list(Exchange exchange) {
        json.reply(exchange, 200, new Alerts(alerts.list(owner(exchange)).stream().map(AlertView::of).toList()));
    }

    public void delete(Exchange exchange) {
        String id = exchange.getIn().getHeader("id", String.class);
        if (!Ids.isWellFormed(id)) {
            throw ApiProblem.badRequest("An alert id is a lower-case UUID.");
        }
        if (!alerts.delete(owner(exchange), id)) {
            throw ApiProblem.notFound("You have no price alert " + id + ".");
        }
        exchange.getMessage().setBody(null);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 204);
    }

    private static String owner(Exchange exchange) {
        return Callers.of(exchange).sub();
    }
}
