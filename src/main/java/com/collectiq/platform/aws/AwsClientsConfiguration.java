package com.collectiq.platform.aws;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The SDK clients of {@code aws} mode. No endpoint, region or credentials are set here: the SDK
 * reads them from its standard settings ({@code AWS_ENDPOINT_URL}, {@code AWS_ENDPOINT_URL_S3},
 * {@code AWS_REGION}, the default credential chain, or their {@code aws.*} system properties),
 * exactly as the clients Camel's components build do, so one jar runs against AWS or an emulator.
 */
@Configuration(proxyBeanMethods = false)
@Profile("aws")
public class AwsClientsConfiguration {

    @Bean(destroyMethod = "close")
    DynamoDbClient dynamoDbClient() {
        return DynamoDbClient.create();
    }

    @Bean(destroyMethod = "close")
    S3Client s3Client(AwsProperties aws) {
        return S3Client.builder().forcePathStyle(aws.s3PathStyle()).build();
    }

    @Bean(destroyMethod = "close")
    S3Presigner s3Presigner(AwsProperties aws) {
        return S3Presigner.builder()
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(aws.s3PathStyle()).build())
                .build();
    }

    /** With the interceptors the features declare for it (intake's {@code HeldWorkMessages}). */
    @Bean(destroyMethod = "close")
    SqsClient sqsClient(ObjectProvider<ExecutionInterceptor> sqsInterceptors) {
        return SqsClient.builder()
                .overrideConfiguration(config -> sqsInterceptors.orderedStream().forEach(config::addExecutionInterceptor))
                .build();
    }

    /** Price sources' credentials, read at run time (platform.secrets). */
    @Bean(destroyMethod = "close")
    SecretsManagerClient secretsManagerClient() {
        return SecretsManagerClient.create();
    }

    @Bean(destroyMethod = "close")
    EventBridgeClient eventBridgeClient() {
        return EventBridgeClient.create();
    }

    @Bean(destroyMethod = "close")
    RekognitionClient rekognitionClient() {
        return RekognitionClient.create();
    }

    @Bean(destroyMethod = "close")
    BedrockRuntimeClient bedrockRuntimeClient() {
        return BedrockRuntimeClient.create();
    }
}
