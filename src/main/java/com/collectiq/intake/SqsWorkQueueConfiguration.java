package com.collectiq.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import com.collectiq.platform.aws.AwsProperties;

import software.amazon.awssdk.services.sqs.SqsClient;

/** {@code aws} mode: the work messages a stopping task still holds go back to the queue at once. */
@Configuration(proxyBeanMethods = false)
@Profile("aws")
class SqsWorkQueueConfiguration {

    @Bean
    HeldWorkMessages heldWorkMessages(AwsProperties aws) {
        return new HeldWorkMessages(aws.workQueueUrl());
    }

    @Bean
    WorkMessageRelease workMessageRelease(SqsClient sqs, AwsProperties aws, HeldWorkMessages held) {
        return new WorkMessageRelease(sqs, aws.workQueueUrl(), held);
    }
}
