package com.collectiq.testsupport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * WireMock on loopback, one per JVM, for what has no open-source stand-in: Rekognition, Bedrock
 * Runtime, EventBridge, Secrets Manager and the external pricing APIs. Tests register the
 * documented response shapes they need and reset their own stubs.
 */
public final class WireMockStandIn {

    /** The SDK system properties of the AWS services WireMock stands in for. */
    private static final String[] SERVICES = {
        "aws.endpointUrlRekognition", "aws.endpointUrlBedrockRuntime",
        "aws.endpointUrlEventBridge", "aws.endpointUrlSecretsManager"};

    private static WireMockStandIn instance;

    private final WireMockServer server;

    private WireMockStandIn() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-stop"));
    }

    /** Starts WireMock once and points the SDK's endpoints for the services above at it. */
    public static synchronized WireMockStandIn get() {
        if (instance == null) {
            instance = new WireMockStandIn();
        }
        for (String service : SERVICES) {
            AwsTestEnvironment.endpoint(service, instance.baseUrl());
        }
        return instance;
    }

    public WireMockServer server() {
        return server;
    }

    public String baseUrl() {
        return server.baseUrl();
    }
}
