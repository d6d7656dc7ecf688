package com.collectiq.upload.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.collectiq.platform.aws.AwsProperties;
import com.collectiq.testsupport.S3ProxyStandIn;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore;
import com.collectiq.upload.PhotoStoreContract;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The photo store contract against S3 (S3Proxy on loopback, path-style as emulators need). */
class S3PhotoStoreTest extends PhotoStoreContract {

    private static final String BUCKET = "photos-" + UUID.randomUUID();

    private static S3Client s3;
    private static S3Presigner presigner;
    private static S3PhotoStore store;

    @BeforeAll
    static void startS3() {
        S3ProxyStandIn.get();
        // built as AwsClientsConfiguration builds them: no endpoint in code, the SDK settings point at S3Proxy
        s3 = S3Client.builder().forcePathStyle(true).build();
        presigner = S3Presigner.builder()
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
        store = new S3PhotoStore(s3, presigner, bucket(BUCKET, true));
    }

    @AfterAll
    static void closeClients() {
        presigner.close();
        s3.close();
    }

    @Override
    protected PhotoStore store() {
        return store;
    }

    @Override
    protected String signatureParameter() {
        return "X-Amz-Signature";
    }

    @Test
    void theBucketIsCreatedOnlyWhenAskedAndCreatingItTwiceIsHarmless() {
        String other = "photos-" + UUID.randomUUID();
        new S3PhotoStore(s3, presigner, bucket(other, false));
        assertThat(s3.listBuckets().buckets()).noneMatch(bucket -> bucket.name().equals(other));

        new S3PhotoStore(s3, presigner, bucket(other, true));
        new S3PhotoStore(s3, presigner, bucket(other, true));
        assertThat(s3.listBuckets().buckets()).anyMatch(bucket -> bucket.name().equals(other));
    }

    @Test
    void aMissingBucketNameStopsTheStart() {
        assertThatThrownBy(() -> new S3PhotoStore(s3, presigner, bucket(null, false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("collectiq.aws.uploads-bucket");
    }

    @Test
    void deletePrefixPagesThroughMoreThanOneListing() {
        // batches of 10 instead of 1000: 25 photos take three listed pages and three DeleteObjects
        S3PhotoStore smallBatches = new S3PhotoStore(s3, presigner, bucket(BUCKET, false), 10);
        IntStream.range(0, 25).forEach(i ->
                store.put(PhotoKeys.derivedFolderOf(PhotoKeys.newFront(owner, "image/png")) + "copy.png",
                        new byte[] {(byte) i}, "image/png"));

        assertThat(smallBatches.deletePrefix("derived/" + owner + "/")).isEqualTo(25);
        assertThat(s3.listObjectsV2(request -> request.bucket(BUCKET).prefix("derived/" + owner + "/")).keyCount()).isZero();
    }

    private static AwsProperties bucket(String name, boolean createResources) {
        return new AwsProperties("unused", name, null, null, null, true, createResources);
    }
}
