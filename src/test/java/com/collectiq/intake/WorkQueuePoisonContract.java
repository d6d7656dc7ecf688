package com.collectiq.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.collectiq.testsupport.ServiceTest;
import com.collectiq.testsupport.TestPhotos;
import com.collectiq.upload.PhotoStore;

/**
 * Malformed messages on the work queue (garbage, huge, wrong shapes, valid JSON of the wrong event,
 * events for photos and cards that do not exist): each is dropped with a log line, none makes a
 * card, and the consumers live on — a valid event sent after them is still turned into a card.
 * Each mode sends to its own queue the way its producers do.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class WorkQueuePoisonContract extends ServiceTest {

    private static final long SEED = Long.getLong("fuzz.seed", 17L);
    private static final int MESSAGES = Integer.getInteger("fuzz.queue-messages", 60);
    /** The lines the intake writes when it drops a message, whichever way it drops it. */
    private static final Pattern DROPPED = Pattern.compile("work message unreadable, dead-lettered: |ignored: |"
            + "photo event ignored: no photo|is not ours to do");

    @Autowired
    private PhotoStore photos;

    /** Puts one message body on the work queue. */
    protected abstract void send(String body);

    /** The largest body this queue takes. */
    protected abstract int maxMessageBytes();

    /** Whether the queue takes control characters in a body (SQS does not). */
    protected abstract boolean takesControlCharacters();

    /** Messages still on the queue, waiting or in flight. */
    protected abstract int messagesLeft();

    @Test
    void poisonIsDroppedWithALogLineAndTheConsumersLiveOn(CapturedOutput output) {
        int droppedBefore = count(DROPPED, output.getOut());
        List<PoisonMessages.Poison> poison = PoisonMessages.generate(new SplittableRandom(SEED), MESSAGES,
                maxMessageBytes(), takesControlCharacters());
        Map<String, Integer> byKind = new TreeMap<>();
        poison.forEach(message -> {
            byKind.merge(message.kind(), 1, Integer::sum);
            send(message.body());
        });
        System.out.printf("work-queue fuzz: seed %d, %d poison messages %s%n", SEED, poison.size(), byKind);

        String owner = "queue-survivor-" + UUID.randomUUID().toString().substring(0, 8);
        String key = "uploads/" + owner + "/" + UUID.randomUUID() + ".png";
        photos.put(key, TestPhotos.png(5), "image/png");
        send(PoisonMessages.eventBridge("aws.s3", "Object Created", key));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api(owner).get("/cards").json().get("items").size() == 1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> count(DROPPED, output.getOut()) - droppedBefore >= poison.size());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> messagesLeft() == 0);
        assertThat(api(PoisonMessages.OWNER).get("/cards").json().get("items")).as("cards made from poison").isEmpty();
        assertThat(anonymous().get("/healthz").status()).isEqualTo(200);
        System.out.printf("work-queue fuzz: %d drop lines logged for %d poison messages%n",
                count(DROPPED, output.getOut()) - droppedBefore, poison.size());
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
