package com.collectiq.extraction.rekognition;

import com.collectiq.extraction.ExtractionFailedException;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.rekognition.model.ImageTooLargeException;
import software.amazon.awssdk.services.rekognition.model.InvalidImageFormatException;
import software.amazon.awssdk.services.rekognition.model.InvalidS3ObjectException;
import software.amazon.awssdk.services.rekognition.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.rekognition.model.ThrottlingException;

/**
 * Sorts Rekognition's failures into those another try can cure (throttling, a server error, a
 * timeout or a dropped connection) and those it cannot (an image Rekognition refuses). Whatever is
 * neither, such as a denied access, is permanent too: retrying it only delays the reason reaching
 * the card.
 */
final class RekognitionFailures {

    private RekognitionFailures() {
    }

    static ExtractionFailedException of(String photoKey, SdkException failure) {
        return new ExtractionFailedException("Rekognition could not read " + photoKey + ": " + failure.getMessage(),
                retryable(failure), failure);
    }

    static boolean retryable(SdkException failure) {
        if (failure instanceof InvalidImageFormatException || failure instanceof ImageTooLargeException
                || failure instanceof InvalidS3ObjectException) {
            return false;
        }
        if (failure instanceof ThrottlingException || failure instanceof ProvisionedThroughputExceededException) {
            return true;
        }
        if (failure instanceof SdkServiceException service) {
            return service.statusCode() >= 500 || service.isThrottlingException();
        }
        // timeouts (ApiCallTimeoutException) and I/O failures come as client exceptions
        return failure instanceof SdkClientException;
    }
}
