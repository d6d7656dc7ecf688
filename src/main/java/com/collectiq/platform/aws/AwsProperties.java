package com.collectiq.platform.aws;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.aws.*}: the names of the AWS resources the service uses. Endpoints, region and
 * credentials are not here on purpose: they come from the SDK's standard settings.
 */
@ConfigurationProperties("collectiq.aws")
public record AwsProperties(
        @DefaultValue("collectiq") String tableName,
        String uploadsBucket,
        String workQueueUrl,
        String deadLetterQueueUrl,
        String eventBusName,
        @DefaultValue("false") boolean s3PathStyle,
        @DefaultValue("false") boolean createResources) {
}
