package com.collectiq.narrative;

import java.util.Objects;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;

/**
 * {@code aws} mode's narrator: Amazon Bedrock's Converse API, asked for a JSON summary and
 * recommendation written from the briefing's facts only ({@link ModelAnswer} holds it to that). A
 * failure, a timeout, throttling or an answer that does not pass makes the local explainer write
 * the text instead, and the narrative says so; the valuation is never held up or failed by it.
 */
public final class BedrockNarrator implements Narrator {

    private static final Logger log = LoggerFactory.getLogger(BedrockNarrator.class);

    private static final String SYSTEM = "You write short, plain summaries of trading card valuations for collectors."
            + " Use only the facts you are given and copy every number exactly as written; never compute,"
            + " round or invent one. Answer with one JSON object and nothing else.";

    private final BedrockRuntimeClient bedrock;
    private final String modelId;
    private final NarrativeProperties properties;
    private final LocalExplainer fallback;
    private final ObjectMapper json;

    public BedrockNarrator(BedrockRuntimeClient bedrock, String modelId, NarrativeProperties properties,
            LocalExplainer fallback, ObjectMapper json) {
        this.bedrock = bedrock;
        this.modelId = modelId;
        this.properties = properties;
        this.fallback = fallback;
        this.json = json;
    }

    @Override
    public Narrative narrate(Briefing briefing) {
        String answer;
        try {
            answer = text(bedrock.converse(request -> request
                    .modelId(modelId)
                    .system(SystemContentBlock.fromText(SYSTEM))
                    .messages(Message.builder().role(ConversationRole.USER)
                            .content(ContentBlock.fromText(prompt(briefing))).build())
                    .inferenceConfig(config -> config.maxTokens(properties.maxTokens())
                            .temperature(properties.temperature()))
                    .overrideConfiguration(override -> override.apiCallTimeout(properties.timeout()))));
        } catch (ThrottlingException throttled) {
            return instead(briefing, "throttled", throttled);
        } catch (ApiCallTimeoutException timedOut) {
            return instead(briefing, "no answer within " + properties.timeout().toMillis() + " ms", timedOut);
        } catch (SdkException failed) {
            return instead(briefing, "call failed", failed);
        }
        ModelAnswer checked = ModelAnswer.check(answer, briefing, json);
        if (!checked.accepted()) {
            log.warn("Bedrock model {} summary not used: {}", modelId, checked.rejection());
            return fallback.insteadOf(briefing, "bedrock answer not used: " + checked.rejection());
        }
        return new Narrative(checked.text(), "bedrock " + modelId, null);
    }

    private Narrative instead(Briefing briefing, String reason, SdkException cause) {
        log.warn("Bedrock model {} summary unavailable: {} ({})", modelId, reason, cause.getClass().getSimpleName());
        return fallback.insteadOf(briefing, "bedrock " + reason);
    }

    private String prompt(Briefing briefing) {
        String figures = briefing.figures().isEmpty() ? "none: the card could not be valued"
                : briefing.figures().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().toPlainString())
                        .collect(Collectors.joining(", ")) + " " + briefing.currency();
        String keep = briefing.mustKeep().isEmpty() ? ""
                : "Keep these words exactly: " + String.join("; ", briefing.mustKeep()) + ".\n";
        return "Card: " + briefing.subject() + "\nFigures: " + figures + "\nFacts:\n- "
                + String.join("\n- ", briefing.facts()) + "\n" + keep
                + "Reply with exactly {\"summary\": \"<two to four sentences>\", \"recommendation\": \"<one sentence:"
                + " what the owner could do next, e.g. hold, sell, get it graded, or take a clearer photo, and why>\","
                + " \"fair\": <the fair figure, or null if there is none>, \"currency\": \"" + briefing.currency()
                + "\"}.";
    }

    private static String text(ConverseResponse response) {
        if (response.output() == null || response.output().message() == null) {
            return "";
        }
        return response.output().message().content().stream().map(ContentBlock::text).filter(Objects::nonNull)
                .collect(Collectors.joining());
    }
}
