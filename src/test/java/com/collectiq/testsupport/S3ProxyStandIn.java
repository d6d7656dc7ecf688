package com.collectiq.testsupport;

import java.net.URI;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/** S3Proxy on loopback, in memory: the S3 endpoint of the tests, one per JVM. */
public final class S3ProxyStandIn {

    private static S3ProxyStandIn instance;

    private final S3Proxy proxy;
    private final String endpoint;

    private S3ProxyStandIn() throws Exception {
        BlobStoreContext context = ContextBuilder.newBuilder("transient")
                .credentials(AwsTestEnvironment.ACCESS_KEY, AwsTestEnvironment.SECRET_KEY)
                .overrides(new Properties())
                .build(BlobStoreContext.class);
        int port = FreePorts.next();
        proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4,
                        AwsTestEnvironment.ACCESS_KEY, AwsTestEnvironment.SECRET_KEY)
                // S3Proxy 3.1 answers 501 to headers it does not know, among them the CRC32 checksum
                // SDK 2.30+ always sends with DeleteObjects; it cannot check that checksum, so let it pass
                .ignoreUnknownHeaders(true)
                .build();
        proxy.start();
        FreePorts.awaitListening(port, java.time.Duration.ofSeconds(20));
        endpoint = "http://127.0.0.1:" + port;
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "s3proxy-stop"));
    }

    /** Starts S3Proxy once and points {@code aws.endpointUrlS3} at it. */
    public static synchronized S3ProxyStandIn get() {
        if (instance == null) {
            try {
                instance = new S3ProxyStandIn();
            } catch (Exception e) {
                throw new IllegalStateException("S3Proxy did not start", e);
            }
        }
        AwsTestEnvironment.endpoint("aws.endpointUrlS3", instance.endpoint);
        return instance;
    }

    public String endpoint() {
        return endpoint;
    }

    private void stop() {
        try {
            proxy.stop();
        } catch (Exception ignored) {
            // the JVM is going away
        }
    }
}
