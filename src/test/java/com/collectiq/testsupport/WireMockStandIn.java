package com.collectiq.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * WireMock on loopback, one per JVM, for what has no open-source stand-in: Rekognition, Bedrock
 * Runtime, EventBridge, Secrets Manager, CloudWatch and the external pricing APIs. Tests register the
 * documented response shapes they need and reset their own stubs.
 */
public final class WireMockStandIn {

    /** The SDK system properties of the AWS services WireMock stands in for. */
    private static final String[] SERVICES = {
        "aws.endpointUrlRekognition", "aws.endpointUrlBedrockRuntime",
        "aws.endpointUrlEventBridge", "aws.endpointUrlSecretsManager", "aws.endpointUrlCloudWatch"};

    /** Where the SDK posts PutMetricData: CloudWatch speaks Smithy RPC v2 CBOR. */
    public static final String PUT_METRIC_DATA = "/service/GraniteServiceVersion20100801/operation/PutMetricData";
    /** An empty CBOR map: PutMetricData answers nothing. */
    private static final byte[] CBOR_EMPTY_MAP = {(byte) 0xA0};

    private static WireMockStandIn instance;

    private final WireMockServer server;

    private WireMockStandIn() {
        // Rekognition's answers keep to the real service's limits whatever a test stubs
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(new RekognitionLimits()));
        server.start();
        // every aws-mode service publishes its metrics; CloudWatch accepts them
        server.stubFor(post(urlEqualTo(PUT_METRIC_DATA)).willReturn(aResponse().withStatus(200)
                .withHeader("smithy-protocol", "rpc-v2-cbor").withHeader("Content-Type", "application/cbor")
                .withBody(CBOR_EMPTY_MAP)));
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
