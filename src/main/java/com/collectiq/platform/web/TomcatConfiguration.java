package com.collectiq.platform.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets an encoded slash ({@code %2F}) reach the application undecoded instead of being refused by
 * Tomcat with an HTML page: ids and keys are then validated like any other value and refused with
 * a problem. It is never decoded into a path separator. What Tomcat still refuses itself (a request
 * line it cannot parse, an unknown method) is answered as a problem by {@link ContainerProblems}.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachTheApplication() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorsAreProblems() {
        // the host adds this valve innermost at start, so it reports before Boot's plain ErrorReportValve
        return factory -> factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
                .setErrorReportValveClass(ContainerProblems.class.getName()));
    }
}
