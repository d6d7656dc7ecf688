package com.collectiq.platform.aws;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code collectiq.bedrock.*}: the Bedrock model the service asks for summaries and authenticity
 * opinions. It must accept images (the authenticity opinion sends the photo) and be enabled for the
 * account in the region the service runs in; an inference profile id works too.
 */
@ConfigurationProperties("collectiq.bedrock")
public record BedrockProperties(@DefaultValue("amazon.nova-lite-v1:0") String modelId) {
}
