package com.collectiq.platform.aws;

import java.util.Optional;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Times every AWS call as {@code collectiq.aws.calls}, tagged with the service (Rekognition,
 * BedrockRuntime, DynamoDB, …), the operation and the outcome: {@code ok}, the service's error code
 * ({@code ThrottlingException}) or {@code client-error} (no answer: a timeout, a refused
 * connection). The SDK loads it for every client it builds, ours and Camel's, from
 * {@code software/amazon/awssdk/global/handlers/execution.interceptors}; it has no Spring bean to
 * be given a registry, so it records to Micrometer's global registry, to which Spring Boot adds
 * its own.
 */
public class AwsCallMetrics implements ExecutionInterceptor {

    private static final ExecutionAttribute<Timer.Sample> STARTED = new ExecutionAttribute<>("collectiq.started");

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, Timer.start(Metrics.globalRegistry));
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        stop(attributes, "ok");
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        stop(attributes, outcome(context.exception()));
    }

    private static void stop(ExecutionAttributes attributes, String outcome) {
        Timer.Sample started = attributes.getAttribute(STARTED);
        if (started != null) {
            started.stop(Timer.builder("collectiq.aws.calls")
                    .description("calls to AWS services, by service, operation and outcome")
                    .tag("service", tag(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME)))
                    .tag("operation", tag(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)))
                    .tag("outcome", outcome)
                    .register(Metrics.globalRegistry));
        }
    }

    static String outcome(Throwable failure) {
        if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorCode() != null) {
            return service.awsErrorDetails().errorCode();
        }
        if (failure instanceof SdkServiceException service) {
            return "http-" + service.statusCode();
        }
        return "client-error";
    }

    private static String tag(String value) {
        return Optional.ofNullable(value).orElse("unknown");
    }
}
