package com.collectiq.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

import com.collectiq.recovery.AcknowledgedEffects.Photo;
import com.collectiq.testsupport.ApiClient;
import com.collectiq.testsupport.CardRenderer;
import com.collectiq.testsupport.ServiceProcess;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Kill anywhere: rounds of one acknowledged request (of six kinds), a {@code kill -9} at a seeded
 * instant after its answer (half within 20 ms, the rest up to 2 000 ms) and a restart, after which
 * every effect acknowledged so far must be there exactly once ({@link AcknowledgedEffects}). Every
 * {@value #ROUNDS_PER_SEGMENT} kills the work is let settle and each photo must have ended VALUED or
 * FAILED once: one history entry per run, a ValuationCompleted event for each valued run at least
 * once and for no other run id, the run of the last acknowledged revalue or PATCH valued or failed,
 * a dead letter for each FAILED card. Differences are collected as findings (request, timing, what
 * is missing), so that one run reports them all; the run fails if there is any.
 *
 * <p>A kill -9 proves that what was acknowledged survives the process dying; the operating system
 * still holds what was written. Power loss (what an fsync guards against) is not tested here.
 */
final class KillAnywhere {

    /** What a client can send that the service acknowledges with a 2xx. */
    enum Request {
        UPLOAD("upload PUT"), CREATE_CARD("POST /cards"), PATCH("PATCH /cards/{id}"),
        REVALUE("POST /cards/{id}/revalue"), DELETE_CARD("DELETE /cards/{id}"), DELETE_ME("DELETE /me");

        final String label;

        Request(String label) {
            this.label = label;
        }
    }

    /** Where a run happens: the service, how a photo reaches it and where its events land. */
    interface World {
        String mode();

        ServiceProcess.Builder service();

        /** Uploads the photo as a client does in this mode; returns its key once the upload is acknowledged. */
        String upload(ServiceProcess service, ApiClient user, byte[] photo);

        /** The run ids of the ValuationCompleted events published for the card so far. */
        List<String> completedRunIds(ServiceProcess service, String cardId);
    }

    static final int ROUNDS_PER_SEGMENT = 12;
    private static final Duration STARTUP = Duration.ofSeconds(180);
    private static final Duration ACKNOWLEDGED_WITHIN = Duration.ofSeconds(30);
    private static final Duration SETTLED_WITHIN = Duration.ofMinutes(5);
    private static final int SHORT_KILL_MILLIS = 20;
    private static final int LONG_KILL_MILLIS = 2000;
    private static final List<String> CONDITIONS = List.of("Near Mint", "Lightly Played", "Moderately Played",
            "Heavily Played", "Damaged");

    private final World world;
    private final long seed;
    private final int kills;
    private final Random random;
    private final List<byte[]> photos = new ArrayList<>();
    private final AcknowledgedEffects effects = new AcknowledgedEffects();
    private final List<String> findings = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();
    private final Map<Request, Integer> killsAfter = new EnumMap<>(Request.class);
    private final List<Double> shortKills = new ArrayList<>();
    private final List<Double> longKills = new ArrayList<>();
    private final List<Double> starts = new ArrayList<>();
    private int valued;
    /** FAILED cards at the segments' ends, by failure code: a kill can use up a run's attempts. */
    private final Map<String, Integer> failedBy = new TreeMap<>();
    private int historyEntries;
    private int repeatedEvents;
    private ServiceProcess service;

    KillAnywhere(World world, long seed, int kills) {
        this.world = world;
        this.seed = seed;
        this.kills = kills;
        this.random = new Random(seed);
        for (int i = 0; i < 4; i++) {
            photos.add(CardRenderer.builder().frame(1600, 1200).cardShare(0.45).seed(i).render().jpeg(0.9f));
        }
    }

    void run() throws InterruptedException {
        List<Request> requests = requests();
        List<Boolean> soon = new ArrayList<>(Collections.nCopies(kills / 2, true));
        soon.addAll(Collections.nCopies(kills - kills / 2, false));
        Collections.shuffle(soon, random);
        long began = System.nanoTime();
        try (ServiceProcess started = world.service().quickRecovery().build().start(STARTUP)) {
            service = started;
            for (int round = 0; round < kills; round++) {
                String owner = world.mode() + "-kill-" + seed + "-" + round / ROUNDS_PER_SEGMENT;
                int delay = soon.get(round) ? random.nextInt(SHORT_KILL_MILLIS + 1)
                        : SHORT_KILL_MILLIS + 1 + random.nextInt(LONG_KILL_MILLIS - SHORT_KILL_MILLIS);
                killAndRestart(round, requests.get(round), owner, delay);
                if ((round + 1) % ROUNDS_PER_SEGMENT == 0 || round + 1 == kills) {
                    settleAndCheck(owner);
                }
            }
        }
        report((System.nanoTime() - began) / 1e9);
        assertThat(findings).as("acknowledged effects lost, doubled or wrong after a kill -9 (seed %d)", seed).isEmpty();
    }

    /** The request of each round: every kind once in each six rounds, in a seeded order. */
    private List<Request> requests() {
        List<Request> requests = new ArrayList<>();
        while (requests.size() < kills) {
            List<Request> cycle = new ArrayList<>(List.of(Request.values()));
            Collections.shuffle(cycle, random);
            requests.addAll(cycle);
        }
        return requests.subList(0, kills);
    }

    private void killAndRestart(int round, Request request, String owner, int delayMillis) throws InterruptedException {
        String label = "r" + round + " " + request.label;
        long answered = send(request, owner, label, round);
        LockSupport.parkNanos(answered + delayMillis * 1_000_000L - System.nanoTime());
        double killedAfter = (System.nanoTime() - answered) / 1e6;
        service.kill();
        killsAfter.merge(request, 1, Integer::sum);
        (delayMillis <= SHORT_KILL_MILLIS ? shortKills : longKills).add(killedAfter);
        long restarting = System.nanoTime();
        service.start(STARTUP);
        starts.add((System.nanoTime() - restarting) / 1e9);
        String when = String.format(Locale.ROOT, "after round %d (%s, kill -9 %.0f ms after its answer)", round,
                request.label, killedAfter);
        progress(String.format(Locale.ROOT, "round %d, %s, kill -9 %.1f ms after the answer, up again in %.1f s", round,
                request.label, killedAfter, starts.get(starts.size() - 1)));
        for (String each : effects.owners()) {
            checkAcknowledged(each, when);
        }
    }

    /** Sends the round's request (and what it needs first); returns the instant its answer arrived. */
    private long send(Request request, String owner, String label, int round) {
        ApiClient user = service.client(owner, false);
        switch (request) {
            case UPLOAD -> {
                String key = world.upload(service, user, photo());
                long answered = System.nanoTime();
                effects.uploaded(owner, key, label + " 200");
                return answered;
            }
            case CREATE_CARD -> {
                Photo photo = effects.uploaded(owner, world.upload(service, user, photo()), "r" + round + " upload PUT 200");
                ApiClient.Response created = user.post("/cards", "{\"key\":\"" + photo.key + "\"}");
                long answered = System.nanoTime();
                assertThat(created.status()).as(label + ": " + created.raw().body()).isIn(200, 201);
                effects.created(photo, created.json(), label + " " + created.status());
                return answered;
            }
            case PATCH -> {
                Photo photo = cardOf(owner, user, round);
                String condition = CONDITIONS.get(random.nextInt(CONDITIONS.size()));
                ApiClient.Response patched = user.patch("/cards/" + photo.cardId, "{\"condition\":\"" + condition + "\"}");
                long answered = System.nanoTime();
                assertThat(patched.status()).as(label + ": " + patched.raw().body()).isEqualTo(200);
                JsonNode run = patched.json().path("revaluation");
                effects.patched(photo, condition, run.isObject() ? run.get("runId").asText() : null, label + " 200");
                return answered;
            }
            case REVALUE -> {
                Photo photo = cardOf(owner, user, round);
                ApiClient.Response revalued = user.post("/cards/" + photo.cardId + "/revalue", "");
                long answered = System.nanoTime();
                assertThat(revalued.status()).as(label + ": " + revalued.raw().body()).isEqualTo(202);
                String runId = revalued.json().get("runId").asText();
                effects.revalued(photo, runId, label + " 202 (run " + runId + ")");
                return answered;
            }
            case DELETE_CARD -> {
                Photo photo = cardOf(owner, user, round);
                ApiClient.Response deleted = user.delete("/cards/" + photo.cardId);
                long answered = System.nanoTime();
                assertThat(deleted.status()).as(label + ": " + deleted.raw().body()).isEqualTo(204);
                effects.deleted(photo, label + " 204");
                return answered;
            }
            case DELETE_ME -> {
                // a user of its own, with a card and a photo not yet taken in, leaves
                String leaving = owner + "-leaving-" + round;
                ApiClient leaver = service.client(leaving, false);
                createCard(leaving, leaver, round);
                effects.uploaded(leaving, world.upload(service, leaver, photo()), "r" + round + " upload PUT 200");
                ApiClient.Response gone = leaver.delete("/me");
                long answered = System.nanoTime();
                assertThat(gone.status()).as(label + ": " + gone.raw().body()).isEqualTo(202);
                effects.ownerDeleted(leaving);
                return answered;
            }
            default -> throw new IllegalArgumentException(request.name());
        }
    }

    /** A card of the owner with a known id, made first (upload, POST /cards) when there is none. */
    private Photo cardOf(String owner, ApiClient user, int round) {
        List<Photo> cards = effects.withCards(owner);
        return cards.isEmpty() ? createCard(owner, user, round) : cards.get(random.nextInt(cards.size()));
    }

    private Photo createCard(String owner, ApiClient user, int round) {
        Photo photo = effects.uploaded(owner, world.upload(service, user, photo()), "r" + round + " upload PUT 200");
        ApiClient.Response created = user.post("/cards", "{\"key\":\"" + photo.key + "\"}");
        assertThat(created.status()).as(created.raw().body()).isIn(200, 201);
        effects.created(photo, created.json(), "r" + round + " POST /cards " + created.status());
        return photo;
    }

    private byte[] photo() {
        return photos.get(random.nextInt(photos.size()));
    }

    /**
     * Compares the owner's cards with what was acknowledged until they agree; an upload's card is
     * made by intake after the answer, so differences may resolve for a while before they count.
     */
    private void checkAcknowledged(String owner, String when) throws InterruptedException {
        ApiClient user = service.client(owner, false);
        Instant deadline = Instant.now().plus(ACKNOWLEDGED_WITHIN);
        List<JsonNode> cards = cards(user);
        List<String> differences = effects.differences(owner, cards);
        while (!differences.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            cards = cards(user);
            differences = effects.differences(owner, cards);
        }
        differences.forEach(difference -> find(difference + ", " + when));
        effects.accept(owner, cards);
    }

    private void find(String finding) {
        String what = finding.substring(0, finding.lastIndexOf(", after round"));
        if (reported.add(what)) {
            found(finding);
        }
    }

    private void found(String finding) {
        findings.add(finding);
        progress("FINDING: " + finding);
    }

    /**
     * A line of progress, on the test's output and appended to {@code target/kill-anywhere-<mode>.log}
     * at once: the failsafe report only has the output when the test ends, and a long run may be
     * stopped before.
     */
    private void progress(String line) {
        String stamped = Instant.now() + " kill-anywhere " + world.mode() + ": " + line;
        System.out.println(stamped);
        try {
            Files.writeString(Path.of("target", "kill-anywhere-" + world.mode() + ".log"), stamped + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until every card of the segment's owner has ended, then checks how each one ended. */
    private void settleAndCheck(String owner) throws InterruptedException {
        ApiClient user = service.client(owner, false);
        Instant deadline = Instant.now().plus(SETTLED_WITHIN);
        List<JsonNode> unsettled = unsettled(cards(user));
        while (!unsettled.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            unsettled = unsettled(cards(user));
        }
        unsettled.forEach(card -> found("never ended (" + SETTLED_WITHIN + "): " + card));
        DeadLetterDesk deadLetters = new DeadLetterDesk(service.client(owner + "-operator", true));
        for (Photo photo : effects.live(owner)) {
            ApiClient.Response response = user.get("/cards/" + photo.cardId);
            if (response.status() != 200) {
                found("the card of " + photo.story() + " answers " + response.status() + " at the end");
                continue;
            }
            checkEnded(photo, response.json(), user, deadLetters);
        }
        progress("the cards of " + owner + " ended; findings so far: " + findings.size());
    }

    private void checkEnded(Photo photo, JsonNode card, ApiClient user, DeadLetterDesk deadLetters)
            throws InterruptedException {
        String status = card.get("status").asText();
        List<String> runs = new ArrayList<>();
        user.get("/cards/" + photo.cardId + "/history").json().get("entries")
                .forEach(entry -> runs.add(entry.get("runId").asText()));
        historyEntries += runs.size();
        Set<String> distinctRuns = new LinkedHashSet<>(runs);
        if (distinctRuns.size() != runs.size()) {
            found("a run with more than one history entry " + runs + ": " + photo.story());
        }
        if (status.equals("VALUED")) {
            valued++;
            if (photo.lastRunId != null && !distinctRuns.contains(photo.lastRunId)) {
                found("VALUED, but the acknowledged run " + photo.lastRunId + " has no history entry " + runs
                        + ": " + photo.story());
            }
        } else if (status.equals("FAILED")) {
            failedBy.merge(card.path("failure").path("code").asText("no code"), 1, Integer::sum);
            if (card.path("failure").path("reason").asText("").isBlank()) {
                found("FAILED without a reason: " + photo.story());
            }
            if (deadLetters.about(photo.cardId).isEmpty()) {
                found("FAILED without a dead letter: " + photo.story());
            }
        }
        List<String> published = awaitEvents(photo.cardId, distinctRuns);
        if (!published.containsAll(distinctRuns)) {
            found("valued runs " + distinctRuns + " but ValuationCompleted only for " + published + ": "
                    + photo.story());
        }
        Set<String> others = new LinkedHashSet<>(published);
        others.removeAll(distinctRuns);
        if (!others.isEmpty()) {
            found("ValuationCompleted under run ids " + others + " that have no history entry " + runs + ": "
                    + photo.story());
        }
        repeatedEvents += published.size() - new HashSet<>(published).size();
    }

    /** The card's ValuationCompleted run ids once every valued run has one (events go out after the answer). */
    private List<String> awaitEvents(String cardId, Set<String> runs) throws InterruptedException {
        Instant deadline = Instant.now().plus(ACKNOWLEDGED_WITHIN);
        List<String> published = world.completedRunIds(service, cardId);
        while (!published.containsAll(runs) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            published = world.completedRunIds(service, cardId);
        }
        return published;
    }

    private static List<JsonNode> unsettled(List<JsonNode> cards) {
        return cards.stream().filter(card -> !Set.of("VALUED", "FAILED").contains(card.get("status").asText())).toList();
    }

    /** Every card of the user, page by page. */
    private static List<JsonNode> cards(ApiClient user) {
        List<JsonNode> cards = new ArrayList<>();
        String cursor = null;
        do {
            ApiClient.Response page = user.get("/cards?limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
            page.json().get("items").forEach(cards::add);
            JsonNode next = page.json().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        return cards;
    }

    private void report(double seconds) {
        System.out.printf(Locale.ROOT, "%nKill anywhere, %s mode (seed %d, -Dkillanywhere.seed=%d -Dkillanywhere.kills=%d):%n",
                world.mode(), seed, seed, kills);
        System.out.printf(Locale.ROOT, "  kills %d, after: %s%n", kills, killsAfter);
        System.out.printf(Locale.ROOT, "  kill -9 within %d ms of the answer: %d (measured %s ms); later: %d (measured %s ms)%n",
                SHORT_KILL_MILLIS, shortKills.size(), range(shortKills), longKills.size(), range(longKills));
        System.out.printf(Locale.ROOT, "  restarts until /healthz answered 200: %s s%n", range(starts));
        System.out.printf(Locale.ROOT, "  cards at the ends of the segments: %d VALUED, %d FAILED %s; %d history entries; "
                + "%d ValuationCompleted delivered more than once%n", valued,
                failedBy.values().stream().mapToInt(Integer::intValue).sum(), failedBy, historyEntries, repeatedEvents);
        System.out.printf(Locale.ROOT, "  findings: %d%n", findings.size());
        findings.forEach(finding -> System.out.println("    - " + finding));
        System.out.printf(Locale.ROOT, "  elapsed %.0f s%n", seconds);
    }

    /** min / median / max, for the report. */
    private static String range(List<Double> values) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Double> sorted = values.stream().sorted().toList();
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", sorted.get(0), sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1));
    }
}
