package com.collectiq.testsupport;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import com.collectiq.extraction.rekognition.RekognitionProperties;
import com.collectiq.platform.aws.AwsClientsConfiguration;
import com.collectiq.platform.aws.AwsProperties;
import com.collectiq.upload.UploadProperties;
import com.collectiq.vision.ImageProperties;
import com.collectiq.vision.PhotoAnalyzer;
import com.collectiq.vision.PhotoChecker;

/**
 * {@code aws} mode's reading beans without the rest of the service: the SDK clients of
 * {@link AwsClientsConfiguration} (pointed at the stand-ins), the S3 photo store, the photo checks
 * and the Rekognition adapter. For tests and benches run with the {@code aws} profile and
 * {@code collectiq.aws.uploads-bucket} set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AwsProperties.class, UploadProperties.class, RekognitionProperties.class,
    ImageProperties.class})
@Import({AwsClientsConfiguration.class, PhotoChecker.class, PhotoAnalyzer.class})
@ComponentScan(basePackages = {"com.collectiq.upload.s3", "com.collectiq.extraction.rekognition"})
public class AwsReadingBeans {
}
