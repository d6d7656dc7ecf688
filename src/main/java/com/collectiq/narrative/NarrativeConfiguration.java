package com.collectiq.narrative;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/** The narrator of each mode: the local explainer in {@code local}, Bedrock backed by it in {@code aws}. */
@Configuration(proxyBeanMethods = false)
class NarrativeConfiguration {

    @Bean
    @Profile("!aws")
    Narrator localNarrator() {
        return new LocalExplainer();
    }

    @Bean
    @Profile("aws")
    Narrator bedrockNarrator(NarrativeBedrockClient client, @Value("${collectiq.bedrock.model-id}") String modelId,
            NarrativeProperties properties, ObjectMapper json) {
        return new BedrockNarrator(client.client(), modelId, properties, new LocalExplainer(), json);
    }

    /**
     * The service's {@code BedrockRuntimeClient} bean when there is one (platform.aws may define it
     * for other Bedrock users), else one of the narrative's own, closed with it. Looked up when the
     * narrator is made, once every bean is defined, so it does not depend on configuration order.
     */
    @Bean(destroyMethod = "close")
    @Profile("aws")
    NarrativeBedrockClient narrativeBedrockClient(ObjectProvider<BedrockRuntimeClient> shared) {
        BedrockRuntimeClient client = shared.getIfUnique();
        return client != null ? new NarrativeBedrockClient(client, false)
                : new NarrativeBedrockClient(BedrockRuntimeClient.create(), true);
    }

    /** A Bedrock client and whether the narrative made it (and so closes it). */
    record NarrativeBedrockClient(BedrockRuntimeClient client, boolean owned) implements AutoCloseable {

        @Override
        public void close() {
            if (owned) {
                client.close();
            }
        }
    }
}
