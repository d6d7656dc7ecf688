package com.collectiq.platform.shutdown;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What SIGTERM does, in order. Spring closes the context: first this turns readiness to
 * REFUSING_TRAFFIC (so {@code /healthz} answers 503 to anyone still asking), then the web server stops
 * taking requests and lets the active ones finish, then Camel stops its routes: the queue consumers
 * take no new work and in-flight valuations get {@code collectiq.shutdown.drain-timeout} to finish.
 * What is still running after that is abandoned unfinished: in {@code aws} mode its SQS message is
 * made visible again at once (intake's {@code WorkMessageRelease}, once Camel has stopped), and the
 * card's run is claimed again after its lease or found by the recovery sweep.
 */
@Component
class GracefulDrain implements CamelContextConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GracefulDrain.class);

    private final ShutdownProperties properties;
    private final ApplicationContext context;

    GracefulDrain(ShutdownProperties properties, ApplicationContext context) {
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        camelContext.getShutdownStrategy().setTimeout(Math.max(1, properties.drainTimeout().toSeconds()));
        camelContext.getShutdownStrategy().setLogInflightExchangesOnTimeout(true);
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        // nothing to do once started
    }

    @EventListener(ContextClosedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void refuseTraffic(ContextClosedEvent closed) {
        if (closed.getApplicationContext() == context) {
            log.info("shutting down: readiness is now REFUSING_TRAFFIC; in-flight work has {} to finish",
                    properties.drainTimeout());
            AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        }
    }
}
