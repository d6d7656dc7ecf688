package com.collectiq.authenticity.model;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.collectiq.authenticity.AuthenticityProperties;
import com.collectiq.authenticity.SignalReading;
import com.collectiq.card.Identity;
import com.collectiq.platform.aws.BedrockProperties;
import com.collectiq.vision.ExifOrientation;
import com.collectiq.vision.PhotoChecker;
import com.collectiq.vision.UprightCopy;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.ImageBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ImageFormat;
import software.amazon.awssdk.services.bedrockruntime.model.ImageSource;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;

/**
 * {@code aws} mode's model opinion: Bedrock's Converse API with the photo (as {@link #IMAGE}) and a
 * request for a JSON verdict. The answer is validated field by field; an
 * error, throttling, a timeout or an answer that is not the JSON asked for is an unavailable reading.
 */
@Component
@Profile("aws")
class BedrockModelOpinions implements ModelOpinions {

    private static final Logger LOG = LoggerFactory.getLogger(BedrockModelOpinions.class);

    /**
     * The photo upright, its long side at most 1 568 pixels (Claude's models resize anything larger down
     * to that), as a JPEG within Bedrock's Converse limit of 3.75 MB an image.
     */
    static final UprightCopy IMAGE = new UprightCopy(1568, 3_750_000);

    private static final String SYSTEM = "You examine photos of collectible trading cards for signs of counterfeiting."
            + " Answer with one JSON object and nothing else.";
    private static final String ASK = "Judge from the photo alone whether this is a genuine printed card: print"
            + " quality, colours, fonts, borders, holo pattern, spelling, and whether it is a photo of a screen or a"
            + " printout. Reply with exactly {\"likelihoodGenuine\": <number from 0 to 1>, \"reasons\": [<one to three"
            + " short sentences>]}.";
    private static final int MAX_TOKENS = 400;
    private static final int MAX_REASON = 160;
    /** Identity fields come from OCR and user hints: only plain characters reach the prompt. */
    private static final int MAX_HINT = 60;

    private final BedrockRuntimeClient bedrock;
    private final PhotoChecker checker;
    private final String modelId;
    private final AuthenticityProperties properties;
    private final ObjectMapper json = new ObjectMapper();

    BedrockModelOpinions(BedrockRuntimeClient bedrock, PhotoChecker checker, BedrockProperties bedrockProperties,
            AuthenticityProperties properties) {
        this.bedrock = bedrock;
        this.checker = checker;
        this.modelId = bedrockProperties.modelId();
        this.properties = properties;
    }

    @Override
    public UprightCopy photoCopy() {
        return IMAGE;
    }

    @Override
    public SignalReading opinion(byte[] photo, Optional<byte[]> photoCopy, Identity identity) {
        byte[] jpeg;
        try {
            jpeg = photoCopy.orElseGet(() -> {
                ExifOrientation orientation = checker.check(photo, null).orientation();
                // a 12 MP photo is decoded at 3 MP for it (hundreds of MB at 32 cards in flight without the slot)
                return checker.withDecodeSlot(() -> IMAGE.of(photo, orientation));
            });
        } catch (RuntimeException unreadable) {
            return SignalReading.unavailable("the photo could not be prepared for the model");
        }
        String answer;
        try {
            answer = text(bedrock.converse(request -> request
                    .modelId(modelId)
                    .system(SystemContentBlock.fromText(SYSTEM))
                    .messages(Message.builder().role(ConversationRole.USER).content(
                            ContentBlock.fromImage(ImageBlock.builder().format(ImageFormat.JPEG)
                                    .source(ImageSource.fromBytes(SdkBytes.fromByteArray(jpeg))).build()),
                            ContentBlock.fromText(describe(identity) + ASK)).build())
                    .inferenceConfig(config -> config.maxTokens(MAX_TOKENS).temperature(0f))
                    .overrideConfiguration(override -> override.apiCallTimeout(properties.modelTimeout()))));
        } catch (ThrottlingException throttled) {
            return unavailable("the model was throttled", throttled);
        } catch (ApiCallTimeoutException timedOut) {
            return unavailable("the model did not answer within " + properties.modelTimeout().toSeconds() + " s", timedOut);
        } catch (SdkException failed) {
            return unavailable("the model call failed", failed);
        }
        return parse(answer).orElseGet(() -> {
            LOG.warn("Bedrock model {} answered with something other than the JSON asked for", modelId);
            return SignalReading.unavailable("the model's answer was not the JSON asked for");
        });
    }

    private static String text(ConverseResponse response) {
        if (response.output() == null || response.output().message() == null) {
            return "";
        }
        return response.output().message().content().stream().map(ContentBlock::text).filter(Objects::nonNull)
                .collect(Collectors.joining());
    }

    /** {@code likelihoodGenuine} a number in [0, 1] and {@code reasons} one or more strings, or nothing. */
    Optional<SignalReading> parse(String answer) {
        String body = answer.strip();
        if (body.startsWith("```")) { // models like to fence JSON even when asked not to
            body = body.replaceFirst("^```(?:json)?\\s*", "").replaceFirst("\\s*```$", "");
        }
        JsonNode opinion;
        try {
            opinion = json.readTree(body);
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
        if (opinion == null || !opinion.isObject()) {
            return Optional.empty();
        }
        JsonNode likelihood = opinion.get("likelihoodGenuine");
        JsonNode reasons = opinion.get("reasons");
        if (likelihood == null || !likelihood.isNumber() || !(likelihood.asDouble() >= 0 && likelihood.asDouble() <= 1)
                || reasons == null || !reasons.isArray() || reasons.isEmpty() || !reasons.get(0).isTextual()
                || reasons.get(0).asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(SignalReading.of(likelihood.asDouble(), "the model says: " + plain(reasons.get(0).asText(), MAX_REASON)));
    }

    private SignalReading unavailable(String reason, SdkException cause) {
        LOG.warn("Bedrock model opinion unavailable: {} ({})", reason, cause.getClass().getSimpleName());
        return SignalReading.unavailable(reason);
    }

    private static String describe(Identity identity) {
        StringBuilder card = new StringBuilder("The card was identified as ");
        card.append(identity.name() == null ? "an unknown card" : plain(identity.name(), MAX_HINT));
        if (identity.number() != null && identity.printedTotal() != null) {
            card.append(' ').append(plain(identity.number() + "/" + identity.printedTotal(), MAX_HINT));
        }
        if (identity.set() != null) {
            card.append(" of the set ").append(plain(identity.set(), MAX_HINT));
        }
        return card.append(". ").toString();
    }

    /** Letters, digits and ordinary punctuation only, shortened: text from outside is never trusted. */
    private static String plain(String text, int max) {
        String cleaned = text.replaceAll("[^\\p{L}\\p{N} .,'’()/&:;!?-]", " ").replaceAll("\\s+", " ").strip();
        return cleaned.length() <= max ? cleaned : cleaned.substring(0, max).strip() + "…";
    }
}
