package com.collectiq.platform.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.RestApiProcessorFactory;
import org.apache.camel.spi.RestConfiguration;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Camel's API document processors, each built (its start renders the whole document) on a thread of
 * its own from the moment its route starts. The application counts as started only once every
 * document is built: one that cannot be built fails the start, as it did on the main thread, rather
 * than the first request for it. A request that comes before then waits for the document, as does the
 * first request after routes reloaded from a directory made a new one.
 */
final class ApiDocumentsInBackground implements RestApiProcessorFactory, ApplicationListener<ApplicationStartedEvent> {

    private final RestApiProcessorFactory documents;
    private final List<DocumentBuiltInBackground> created = new CopyOnWriteArrayList<>();

    ApiDocumentsInBackground(RestApiProcessorFactory documents) {
        this.documents = documents;
    }

    @Override
    public Processor createApiProcessor(CamelContext camel, String contextIdPattern, RestConfiguration configuration,
            Map<String, Object> parameters) throws Exception {
        DocumentBuiltInBackground document = new DocumentBuiltInBackground(
                documents.createApiProcessor(camel, contextIdPattern, configuration, parameters));
        created.add(document);
        return document;
    }

    /** Before readiness: Spring Boot fails the start if this throws. A route not started has nothing to wait for. */
    @Override
    public void onApplicationEvent(ApplicationStartedEvent started) {
        created.stream().filter(DocumentBuiltInBackground::isStarted).forEach(DocumentBuiltInBackground::awaitBuilt);
    }

    /** Starts its document on its own thread when Camel starts it; answers once the document is built. */
    static final class DocumentBuiltInBackground extends ServiceSupport implements Processor {

        private final Processor document;
        private volatile CompletableFuture<Void> built;

        DocumentBuiltInBackground(Processor document) {
            this.document = document;
        }

        @Override
        protected void doStart() {
            built = CompletableFuture.runAsync(() -> ServiceHelper.startService(document), task -> {
                Thread thread = new Thread(task, "api-document");
                thread.setDaemon(true);
                thread.start();
            });
        }

        @Override
        protected void doStop() {
            ServiceHelper.stopService(document);
        }

        @Override
        public void process(Exchange exchange) throws Exception {
            awaitBuilt();
            document.process(exchange);
        }

        void awaitBuilt() {
            try {
                built.join();
            } catch (CompletionException e) {
                throw new IllegalStateException("the API document could not be built", e.getCause());
            }
        }
    }
}
