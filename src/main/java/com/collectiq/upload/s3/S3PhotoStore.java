package com.collectiq.upload.s3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.collectiq.platform.aws.AwsProperties;
import com.collectiq.upload.PhotoKeys;
import com.collectiq.upload.PhotoStore;
import com.collectiq.upload.PhotoTooLargeException;
import com.collectiq.upload.PhotoType;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * {@code aws} mode's photo store: the bucket {@code collectiq.aws.uploads-bucket}, written by clients
 * through presigned PUT URLs (S3 checks the signed content type and length) and read through
 * presigned GET URLs. Abandoned uploads are left to the bucket's lifecycle rule.
 */
@Component
@Profile("aws")
class S3PhotoStore implements PhotoStore {

    private static final Logger LOG = LoggerFactory.getLogger(S3PhotoStore.class);

    /** DeleteObjects takes at most 1000 keys, as many as one ListObjectsV2 page holds. */
    private static final int MAX_DELETE_BATCH = 1000;

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final int deleteBatch;

    @Autowired
    S3PhotoStore(S3Client s3, S3Presigner presigner, AwsProperties aws) {
        this(s3, presigner, aws, MAX_DELETE_BATCH);
    }

    /** With smaller batches, so a test can page through a few objects instead of a thousand. */
    S3PhotoStore(S3Client s3, S3Presigner presigner, AwsProperties aws, int deleteBatch) {
        if (aws.uploadsBucket() == null || aws.uploadsBucket().isBlank()) {
            // no default: a guessed bucket name could belong to someone else
            throw new IllegalStateException("collectiq.aws.uploads-bucket must name the photo bucket");
        }
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = aws.uploadsBucket();
        this.deleteBatch = deleteBatch;
        if (aws.createResources()) {
            createBucketIfMissing();
        }
    }

    @Override
    public SignedUpload signUpload(String key, String contentType, long contentLength, Duration validFor) {
        PhotoType type = PhotoKeys.requireTypeOf(key, contentType);
        if (contentLength < 0) {
            throw new IllegalArgumentException("negative content length");
        }
        PresignedPutObjectRequest presigned = presigner.presignPutObject(request -> request
                .signatureDuration(validFor)
                .putObjectRequest(put -> put.bucket(bucket).key(key)
                        .contentType(type.contentType()).contentLength(contentLength)));
        // the client sends exactly the signed headers; Host comes with the URL
        Map<String, String> headers = presigned.signedHeaders().entrySet().stream()
                .filter(header -> !header.getKey().equalsIgnoreCase("host"))
                .collect(Collectors.toUnmodifiableMap(header -> canonicalName(header.getKey()),
                        header -> String.join(",", header.getValue())));
        return new SignedUpload(toUri(presigned.url()), "PUT", headers, presigned.expiration());
    }

    @Override
    public URI signRead(String key, Duration validFor) {
        PhotoKeys.requireValid(key);
        return toUri(presigner.presignGetObject(request -> request
                .signatureDuration(validFor)
                .getObjectRequest(get -> get.bucket(bucket).key(key))).url());
    }

    /**
     * Where the SDK addresses the bucket (virtual-hosted {@code https://<bucket>.s3.<region>.amazonaws.com}
     * unless path-style or an {@code AWS_ENDPOINT_URL_S3} says otherwise): the origin of every URL it signs.
     * Built by the SDK without a request or a signature.
     */
    @Override
    public Optional<URI> externalOrigin() {
        URL object = s3.utilities().getUrl(request -> request.bucket(bucket).key("origin"));
        return Optional.of(URI.create(object.getProtocol() + "://" + object.getAuthority()));
    }

    @Override
    public Optional<PhotoHead> head(String key) {
        PhotoKeys.requireValid(key);
        try {
            HeadObjectResponse head = s3.headObject(request -> request.bucket(bucket).key(key));
            return Optional.of(new PhotoHead(key, head.contentLength(), head.contentType(), unquoted(head.eTag())));
        } catch (S3Exception e) {
            if (isNotFound(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Optional<byte[]> read(String key, long maxBytes) {
        PhotoKeys.requireValid(key);
        try (ResponseInputStream<GetObjectResponse> object = s3.getObject(request -> request.bucket(bucket).key(key))) {
            long size = object.response().contentLength();
            if (size > maxBytes) {
                // stop the download instead of draining a large body just to close the connection politely
                object.abort();
                throw new PhotoTooLargeException(key + " has " + size + " bytes, more than " + maxBytes);
            }
            return Optional.of(object.readAllBytes());
        } catch (NoSuchKeyException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read s3://" + bucket + "/" + key, e);
        }
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        PhotoType type = PhotoKeys.requireTypeOf(key, contentType);
        s3.putObject(request -> request.bucket(bucket).key(key).contentType(type.contentType()), RequestBody.fromBytes(bytes));
    }

    @Override
    public void delete(String key) {
        PhotoKeys.requireValid(key);
        s3.deleteObject(request -> request.bucket(bucket).key(key));
    }

    @Override
    public int deletePrefix(String prefix) {
        PhotoKeys.requireValidPrefix(prefix);
        int deleted = 0;
        // one listed page is one DeleteObjects batch
        for (var page : s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix).maxKeys(deleteBatch))) {
            List<ObjectIdentifier> batch = page.contents().stream()
                    .map(S3Object::key).map(key -> ObjectIdentifier.builder().key(key).build()).toList();
            if (batch.isEmpty()) {
                continue;
            }
            DeleteObjectsResponse response = s3.deleteObjects(request -> request.bucket(bucket)
                    .delete(Delete.builder().objects(batch).quiet(true).build()));
            if (!response.errors().isEmpty()) {
                throw new IllegalStateException("S3 kept " + response.errors().size() + " objects under " + prefix
                        + ", first: " + response.errors().get(0).code());
            }
            deleted += batch.size();
            LOG.info("Deleted {} photos under {} so far", deleted, prefix);
        }
        return deleted;
    }

    private void createBucketIfMissing() {
        try {
            s3.headBucket(request -> request.bucket(bucket));
            return;
        } catch (S3Exception e) {
            if (!isNotFound(e)) {
                throw e;
            }
        }
        try {
            s3.createBucket(request -> request.bucket(bucket));
            LOG.info("Created the photo bucket {}", bucket);
        } catch (BucketAlreadyOwnedByYouException raced) {
            // another task created it first: the same outcome
        }
    }

    /** A HEAD has no error body, so its 404 arrives without an error code the SDK could map. */
    private static boolean isNotFound(S3Exception e) {
        return e.statusCode() == 404;
    }

    /** {@code content-type} as {@code Content-Type}: the names the local store gives, so clients see one shape. */
    private static String canonicalName(String header) {
        return Arrays.stream(header.split("-"))
                .map(word -> word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining("-"));
    }

    private static String unquoted(String etag) {
        return etag != null && etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")
                ? etag.substring(1, etag.length() - 1) : etag;
    }

    private static URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the SDK presigned a malformed URL", e);
        }
    }
}
