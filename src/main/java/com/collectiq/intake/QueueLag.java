package com.collectiq.intake;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.Header;
import org.apache.camel.component.aws2.sqs.Sqs2Constants;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * {@code collectiq.intake.queue.lag}: how long each message waited on the work queue, from SQS's
 * {@code SentTimestamp} to its receipt here. A lag that grows means intake falls behind: more
 * consumers or tasks are needed. The in-process queue of {@code local} mode has no such attribute.
 */
@Component("queueLag")
public class QueueLag {

    private final Timer lag;

    public QueueLag(MeterRegistry meters) {
        this.lag = Timer.builder("collectiq.intake.queue.lag").description("time messages waited on the work queue")
                .register(meters);
    }

    public void record(@Header(Sqs2Constants.ATTRIBUTES) Map<MessageSystemAttributeName, String> attributes) {
        String sent = attributes == null ? null : attributes.get(MessageSystemAttributeName.SENT_TIMESTAMP);
        if (sent != null && !sent.isEmpty() && sent.length() < 19 && sent.chars().allMatch(Character::isDigit)) {
            // SQS's clock against ours, both wall clocks: a small skew can only shorten it to zero
            lag.record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - Long.parseLong(sent))));
        }
    }
}
