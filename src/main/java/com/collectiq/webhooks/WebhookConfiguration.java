package com.collectiq.webhooks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The system's resolver and plain sockets: what the webhook checks and deliveries use outside tests. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    HostResolver webhookHostResolver() {
        return HostResolver.system();
    }

    @Bean
    SocketConnector webhookSocketConnector() {
        return SocketConnector.plain();
    }
}
