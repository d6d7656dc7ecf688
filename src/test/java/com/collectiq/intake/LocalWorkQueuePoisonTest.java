package com.collectiq.intake;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.seda.SedaEndpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.collectiq.testsupport.LocalMode;

/** The poison contract on {@code local} mode's in-process work queue (collectiq.intake.work-uri). */
@LocalMode
class LocalWorkQueuePoisonTest extends WorkQueuePoisonContract {

    @Autowired
    private ProducerTemplate producer;

    @Autowired
    private CamelContext camel;

    @Value("${collectiq.intake.work-uri}")
    private String workUri;

    @Override
    protected void send(String body) {
        producer.sendBody(workUri, body);
    }

    @Override
    protected int maxMessageBytes() {
        return 2 * 1024 * 1024;
    }

    @Override
    protected boolean takesControlCharacters() {
        return true;
    }

    @Override
    protected int messagesLeft() {
        SedaEndpoint queue = camel.getEndpoint(workUri, SedaEndpoint.class);
        return queue.getCurrentQueueSize() + camel.getInflightRepository().size("intake");
    }
}
