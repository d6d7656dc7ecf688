package com.collectiq;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * CollectIQ: values collectible trading cards from a photo.
 *
 * <p>The excluded auto-configurations serve features the service does not use (Camel's secret vaults,
 * service-call EIP and route templates, Netty, WebSockets, SSL bundles, OpenTelemetry log export,
 * {@code JdbcClient}, {@code RestTemplate}): their jars come in with what is used, and each would
 * cost condition checks, classes and beans at every start (docs/PERFORMANCE.md, issue 26).
 */
@SpringBootApplication(excludeName = {
    "org.apache.camel.spring.boot.vault.AwsVaultAutoConfiguration",
    "org.apache.camel.spring.boot.vault.AzureVaultAutoConfiguration",
    "org.apache.camel.spring.boot.vault.CyberArkVaultAutoConfiguration",
    "org.apache.camel.spring.boot.vault.GcpVaultAutoConfiguration",
    "org.apache.camel.spring.boot.vault.HashicorpVaultAutoConfiguration",
    "org.apache.camel.spring.boot.vault.IBMVaultAutoConfiguration",
    "org.apache.camel.spring.boot.vault.KubernetesConfigMapVaultAutoConfiguration",
    "org.apache.camel.spring.boot.vault.KubernetesVaultAutoConfiguration",
    "org.apache.camel.spring.boot.cloud.CamelCloudAutoConfiguration",
    "org.apache.camel.spring.boot.cloud.CamelCloudServiceCallConfigurationAutoConfiguration",
    "org.apache.camel.spring.boot.cloud.CamelCloudServiceChooserAutoConfiguration",
    "org.apache.camel.spring.boot.cloud.CamelCloudServiceDiscoveryAutoConfiguration",
    "org.apache.camel.spring.boot.cloud.CamelCloudServiceFilterAutoConfiguration",
    "org.apache.camel.spring.boot.routetemplate.CamelRouteTemplateAutoConfiguration",
    "org.springframework.boot.autoconfigure.netty.NettyAutoConfiguration",
    "org.springframework.boot.autoconfigure.websocket.servlet.WebSocketServletAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.ssl.SslHealthContributorAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.ssl.SslObservabilityAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.logging.OpenTelemetryLoggingAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.logging.otlp.OtlpLoggingAutoConfiguration",
    "org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration",
    "org.springframework.boot.autoconfigure.web.client.RestTemplateAutoConfiguration"})
@ConfigurationPropertiesScan
public class CollectIqApplication {

    public static void main(String[] args) {
        SpringApplication.run(CollectIqApplication.class, args);
    }
}
