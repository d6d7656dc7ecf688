package com.collectiq.upload.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.collectiq.platform.aws.AwsProperties;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The origin the S3 store's URLs have in a real AWS account, where no endpoint is configured: what
 * the web page's Content-Security-Policy lets in when {@code collectiq.page.photo-origins} is unset.
 * The test JVM points S3 at S3Proxy through {@code aws.endpointUrlS3}; these clients are built
 * without it, as on Fargate.
 */
class S3PhotoStoreOriginTest {

    /** The SDK's endpoint settings the stand-ins use; cleared while a client of the real endpoints is built. */
    private static final List<String> ENDPOINT_SETTINGS = List.of("aws.endpointUrlS3", "aws.endpointUrl");

    @Test
    void aBucketIsReachedVirtualHostedInItsRegion() {
        Optional<URI> origin = withoutEndpointSettings(() -> store("collectiq-photos-eu", Region.EU_WEST_1, false)
                .externalOrigin());

        assertThat(origin).contains(URI.create("https://collectiq-photos-eu.s3.eu-west-1.amazonaws.com"));
    }

    @Test
    void pathStyleReachesTheRegionalEndpoint() {
        Optional<URI> origin = withoutEndpointSettings(() -> store("collectiq-photos-us", Region.US_EAST_2, true)
                .externalOrigin());

        assertThat(origin).contains(URI.create("https://s3.us-east-2.amazonaws.com"));
    }

    private static S3PhotoStore store(String bucket, Region region, boolean pathStyle) {
        S3Client s3 = S3Client.builder().region(region).forcePathStyle(pathStyle)
                .credentialsProvider(AnonymousCredentialsProvider.create()).build();
        S3Presigner presigner = S3Presigner.builder().region(region)
                .credentialsProvider(AnonymousCredentialsProvider.create()).build();
        return new S3PhotoStore(s3, presigner, new AwsProperties("collectiq", bucket, null, null, null, pathStyle, false));
    }

    private static <T> T withoutEndpointSettings(Supplier<T> work) {
        Map<String, String> saved = new HashMap<>();
        ENDPOINT_SETTINGS.forEach(name -> {
            String value = System.clearProperty(name);
            if (value != null) {
                saved.put(name, value);
            }
        });
        try {
            return work.get();
        } finally {
            saved.forEach(System::setProperty);
        }
    }
}
