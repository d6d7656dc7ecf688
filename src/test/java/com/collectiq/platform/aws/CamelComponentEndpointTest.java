package com.collectiq.platform.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.ElasticMqStandIn;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * A client that a Camel component builds itself (no client bean in the registry, no
 * overrideEndpoint) goes where {@code AWS_ENDPOINT_URL_SQS} (here its system property) says.
 */
class CamelComponentEndpointTest {

    @Test
    void camelsOwnSqsClientFollowsTheSdkEndpointSetting() throws Exception {
        ElasticMqStandIn.get();
        String queue = "camel-endpoint-" + UUID.randomUUID();
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:send").to("aws2-sqs://" + queue + "?autoCreateQueue=true&useDefaultCredentialsProvider=true");
                }
            });
            camel.start();
            camel.createProducerTemplate().sendBody("direct:send", "through camel");
        }

        try (SqsClient sqs = SqsClient.create()) {
            String queueUrl = sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
            List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(2)).messages();
            assertThat(messages).extracting(Message::body).containsExactly("through camel");
        }
    }
}
