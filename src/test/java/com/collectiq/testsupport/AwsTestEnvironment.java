package com.collectiq.testsupport;

/**
 * The SDK settings every test JVM uses: a fixed region and static credentials, set as the
 * {@code aws.*} system properties the SDK reads exactly like the variables a Fargate task has.
 */
public final class AwsTestEnvironment {

    public static final String REGION = "us-east-1";
    public static final String ACCESS_KEY = "collectiq-test";
    public static final String SECRET_KEY = "collectiq-test-secret";

    private AwsTestEnvironment() {
    }

    public static synchronized void apply() {
        System.setProperty("aws.region", REGION);
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
        // S3Proxy predates the SDK's default CRC checksums
        System.setProperty("aws.requestChecksumCalculation", "when_required");
        System.setProperty("aws.responseChecksumValidation", "when_required");
    }

    /** Points one service's SDK clients at a stand-in, as AWS_ENDPOINT_URL_<SERVICE> would. */
    static void endpoint(String serviceSystemProperty, String url) {
        apply();
        System.setProperty(serviceSystemProperty, url);
    }
}
