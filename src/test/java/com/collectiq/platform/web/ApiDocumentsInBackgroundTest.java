package com.collectiq.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;

class ApiDocumentsInBackgroundTest {

    private static final ApplicationStartedEvent STARTED =
            new ApplicationStartedEvent(new SpringApplication(), new String[0], null, Duration.ZERO);

    @Test
    void theDocumentIsBuiltOffTheStartingThreadAndAnswersOnceBuilt() throws Exception {
        Document document = new Document(null);
        ApiDocumentsInBackground documents = new ApiDocumentsInBackground((camel, pattern, config, parameters) -> document);
        Processor route = documents.createApiProcessor(null, null, null, null);

        ServiceHelper.startService(route);
        documents.onApplicationEvent(STARTED);
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        route.process(exchange);

        assertThat(document.builtOn).isNotEqualTo(Thread.currentThread().getName()).isEqualTo("api-document");
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("openapi");
    }

    @Test
    void aDocumentThatCannotBeBuiltFailsTheStart() throws Exception {
        IllegalArgumentException broken = new IllegalArgumentException("no schema for this type");
        ApiDocumentsInBackground documents = new ApiDocumentsInBackground(
                (camel, pattern, config, parameters) -> new Document(broken));
        ServiceHelper.startService(documents.createApiProcessor(null, null, null, null));

        assertThatThrownBy(() -> documents.onApplicationEvent(STARTED))
                .isInstanceOf(IllegalStateException.class)
                .hasRootCause(broken);
    }

    @Test
    void aRouteNotStartedHasNothingToWaitFor() throws Exception {
        ApiDocumentsInBackground documents = new ApiDocumentsInBackground(
                (camel, pattern, config, parameters) -> new Document(new IllegalStateException("never started")));
        documents.createApiProcessor(null, null, null, null);

        assertThatCode(() -> documents.onApplicationEvent(STARTED)).doesNotThrowAnyException();
    }

    /** Stands in for Camel's document processor: its start is where the document is built. */
    private static final class Document extends ServiceSupport implements Processor {

        private final RuntimeException failure;
        private volatile String builtOn;

        Document(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        protected void doStart() {
            builtOn = Thread.currentThread().getName();
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        public void process(Exchange exchange) {
            exchange.getMessage().setBody("openapi");
        }
    }
}
