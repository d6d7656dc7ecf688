package com.collectiq.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts every AWS stand-in (once per JVM) before the test class, so an {@code aws}-profile
 * Spring context built afterwards finds them through the SDK's standard endpoint settings.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(AwsStandIns.Starter.class)
public @interface AwsStandIns {

    class Starter implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            startAll();
        }

        public static void startAll() {
            S3ProxyStandIn.get();
            ElasticMqStandIn.get();
            DynaliteStandIn.get();
            WireMockStandIn.get();
        }
    }
}
