package com.collectiq.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import com.collectiq.card.Hints;
import com.collectiq.card.Valuation;

/** {@code routes/pricing.yaml} as integrators see it: a request in on {@code direct:price-card}, a valuation out. */
class PricingRouteTest {

    @Test
    void theRouteFragmentHandsTheRequestToThePricingAgent() throws Exception {
        PricingAgent agent = Pricing.agent(false, FixedPriceSource.online("a", PricingAgentTest.FOUR_PRICES));
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getRegistry().bind("pricingAgent", agent);
            PluginHelper.getRoutesLoader(camel).loadRoutes(
                    PluginHelper.getResourceLoader(camel).resolveResource("classpath:routes/pricing.yaml"));
            camel.start();
            ProducerTemplate producer = camel.createProducerTemplate();

            Valuation valuation = producer.requestBody("direct:price-card",
                    PricingRequest.of(Pricing.identity("base1-4", "holofoil", 0.9), Hints.NONE), Valuation.class);

            assertThat(valuation.fair()).isEqualByComparingTo("101.00");
            assertThat(camel.getRoute("price-card")).isNotNull();
        }
    }
}
