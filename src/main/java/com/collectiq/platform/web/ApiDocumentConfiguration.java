package com.collectiq.platform.web;

import org.apache.camel.openapi.OpenApiRestApiProcessorFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST DSL's OpenAPI document ({@code /api-docs}) is built on a thread of its own while the other
 * routes start, not on the main thread: Camel builds it when the api-docs route starts, and that was
 * about a tenth of the main thread's start (docs/PERFORMANCE.md, issue 26). Camel takes the one
 * {@code RestApiProcessorFactory} bean it finds in place of its own.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentConfiguration {

    @Bean
    ApiDocumentsInBackground apiDocumentsInBackground() {
        return new ApiDocumentsInBackground(new OpenApiRestApiProcessorFactory());
    }
}
