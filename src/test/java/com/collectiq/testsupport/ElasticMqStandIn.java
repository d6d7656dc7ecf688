package com.collectiq.testsupport;

import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/** ElasticMQ on loopback: the SQS endpoint of the tests, one per JVM. */
public final class ElasticMqStandIn {

    private static ElasticMqStandIn instance;

    private final SQSRestServer server;
    private final String endpoint;

    private ElasticMqStandIn() {
        int port = FreePorts.next();
        // queue URLs must name the real port, so the server address is set to it
        server = SQSRestServerBuilder.withInterface("127.0.0.1")
                .withPort(port)
                .withServerAddress(new NodeAddress("http", "127.0.0.1", port, ""))
                .start();
        server.waitUntilStarted();
        endpoint = "http://127.0.0.1:" + port;
        Runtime.getRuntime().addShutdownHook(new Thread(server::stopAndWait, "elasticmq-stop"));
    }

    /** Starts ElasticMQ once and points {@code aws.endpointUrlSqs} at it. */
    public static synchronized ElasticMqStandIn get() {
        if (instance == null) {
            instance = new ElasticMqStandIn();
        }
        AwsTestEnvironment.endpoint("aws.endpointUrlSqs", instance.endpoint);
        return instance;
    }

    public String endpoint() {
        return endpoint;
    }
}
