package com.collectiq.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service in {@code local} mode (no profile set, as a user runs it) on a random port,
 * its data in one temp dir per JVM, so every local-mode test class shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalMode.DataDir.class)
public @interface LocalMode {

    /** The one web origin CORS lets in during tests. */
    String ALLOWED_ORIGIN = "https://app.collectiq.test";

    class DataDir implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("collectiq.data-dir=" + TestDataDir.path(),
                    "collectiq.web.allowed-origins=" + ALLOWED_ORIGIN,
                    // webhook receivers in tests are WireMock on loopback; aws mode refuses this setting
                    "collectiq.webhooks.allow-loopback-for-tests=true",
                    "collectiq.webhooks.initial-backoff=100ms",
                    "collectiq.webhooks.delivery-period-ms=100",
                    "collectiq.webhooks.max-attempts=3").applyTo(context);
        }
    }
}
