package com.collectiq.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.collectiq.events.PendingEvent;
import com.collectiq.platform.ids.Ids;
import com.collectiq.recovery.DeadLetter;
import com.collectiq.recovery.DeadLetters;
import com.collectiq.recovery.store.DeadLetterTable;
import com.collectiq.testsupport.H2TestDatabase;
import com.collectiq.testsupport.TestJson;
import com.collectiq.testsupport.TickingClock;
import com.collectiq.webhooks.store.WebhookTable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Deliveries from the outbox's hand-over to a WireMock receiver on loopback, on the local tables and
 * a clock the test moves. The receiver's name is resolved by a stub (no DNS), and every connection
 * goes through a connector that refuses any address off this machine.
 */
class WebhookDeliveryTest {

    static final String SECRET = "whsec-0123456789abcdef";
    static final String RECEIVER = "receiver.test";
    static final Duration BACKOFF = Duration.ofSeconds(10);
    static final int MAX_ATTEMPTS = 3;

    @TempDir
    Path dataDir;

    final TickingClock clock = new TickingClock(Instant.parse("2026-12-05T10:00:00Z"));
    final ObjectMapper json = TestJson.mapper();
    final Map<String, InetAddress> names = new ConcurrentHashMap<>();
    final List<InetSocketAddress> connections = new ArrayList<>();
    WireMockServer receiver;
    H2TestDatabase database;
    WebhookStore store;
    DeadLetters deadLetters;
    WebhookDeliveryRecorder recorder;
    WebhookDispatcher dispatcher;
    WebhookTargets targets;

    @BeforeEach
    void start() throws Exception {
        receiver = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        receiver.start();
        database = H2TestDatabase.open(dataDir);
        store = WebhookTable.open(database.jdbc());
        deadLetters = DeadLetterTable.open(database.jdbc());
        names.put(RECEIVER, InetAddress.getByName("127.0.0.1"));
        HostResolver resolver = host -> List.of(names.get(host));
        SocketConnector onThisMachineOnly = (address, timeout) -> {
            connections.add(address);
            if (!address.getAddress().isLoopbackAddress()) {
                throw new ConnectException("the test refuses a connection off this machine: " + address);
            }
            return SocketConnector.plain().connect(address, timeout);
        };
        WebhookProperties properties = new WebhookProperties(MAX_ATTEMPTS, BACKOFF, Duration.ofMinutes(5),
                Duration.ofSeconds(2), Duration.ofSeconds(5), 20, true);
        targets = new WebhookTargets(resolver, properties);
        recorder = new WebhookDeliveryRecorder(store, json, clock);
        dispatcher = new WebhookDispatcher(store, targets, new WebhookSender(onThisMachineOnly, properties), deadLetters,
                properties, json, clock, new SimpleMeterRegistry());
        store.put(new Webhook("alice", URI.create("http://" + RECEIVER + ":" + receiver.port() + "/hooks/collectiq?src=ciq"),
                SECRET, clock.instant()));
    }

    @AfterEach
    void stop() {
        receiver.stop();
        database.close();
    }

    @Test
    void theReceiverGetsTheEventSignedWithTheSecretOverTheCheckedAddress() throws Exception {
        receiver.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(204)));
        PendingEvent alices = event("alice", "ValuationCompleted");
        recorder.follow(List.of(alices, event("bob", "ValuationCompleted")));

        assertThat(deliverDue()).isEqualTo(1);

        List<LoggedRequest> requests = receiver.findAll(
                postRequestedFor(urlEqualTo("/hooks/collectiq?src=ciq")));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        byte[] body = request.getBody();
        String signature = request.getHeader("CollectIQ-Signature");
        assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
        String timestamp = signature.substring(2, signature.indexOf(','));
        assertThat(signature.substring(signature.indexOf("v1=") + 3)).isEqualTo(hmac(SECRET, timestamp + "." + utf8(body)));
        assertThat(Long.parseLong(timestamp)).isBetween(Instant.parse("2026-12-05T10:00:00Z").getEpochSecond(),
                clock.instant().getEpochSecond());
        assertThat(request.getHeader("CollectIQ-Delivery-Id")).isEqualTo(alices.eventId());
        assertThat(request.getHeader("CollectIQ-Event-Type")).isEqualTo("ValuationCompleted");
        assertThat(request.getHeader("Host")).isEqualTo(RECEIVER + ":" + receiver.port());
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
        JsonNode delivered = json.readTree(body);
        assertThat(delivered.get("id").asText()).isEqualTo(alices.eventId());
        assertThat(delivered.get("type").asText()).isEqualTo("ValuationCompleted");
        assertThat(delivered.get("source").asText()).isEqualTo("collectiq");
        assertThat(delivered.get("detail")).isEqualTo(json.readTree(alices.payload()));
        assertThat(connections).containsExactly(new InetSocketAddress("127.0.0.1", receiver.port()));
        // bob has no webhook: nothing was recorded for him, and alice's delivery is done
        assertThat(store.due(clock.instant().plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    @Test
    void aFailedAttemptIsRetriedAfterTheBackoffAndTheEventIsDeliveredOnce() {
        receiver.stubFor(post(anyUrl()).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        receiver.stubFor(post(anyUrl()).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200)));
        PendingEvent event = event("alice", "CardValueChanged");
        recorder.follow(List.of(event));

        assertThat(deliverDue()).isZero();
        assertThat(deliverDue()).as("not due again before its backoff").isZero();
        assertThat(receiver.getAllServeEvents()).hasSize(1);
        clock.advance(BACKOFF);
        assertThat(deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofHours(2));
        assertThat(deliverDue()).isZero();
        recorder.follow(List.of(event));
        // the relay handing the same event over again (a crash before it was marked published) delivers it again:
        // at least once, with the same delivery id for the receiver to drop
        assertThat(deliverDue()).isEqualTo(1);

        List<LoggedRequest> requests = receiver.findAll(postRequestedFor(anyUrl()));
        assertThat(requests).extracting(r -> r.getHeader("CollectIQ-Delivery-Id")).containsOnly(event.eventId());
        assertThat(requests).extracting(r -> r.getHeader("CollectIQ-Delivery-Attempt")).containsExactly("1", "2", "1");
    }

    @Test
    void aReceiverThatKeepsFailingGetsADeadLetterAfterTheAttemptsAndARedriveDeliversIt() {
        receiver.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(500)));
        PendingEvent event = event("alice", "ValuationFailed");
        recorder.follow(List.of(event));

        for (int attempt = 1; attempt <= MAX_ATTEMPTS + 2; attempt++) {
            assertThat(deliverDue()).isZero();
            clock.advance(Duration.ofMinutes(10));
        }

        assertThat(receiver.getAllServeEvents()).hasSize(MAX_ATTEMPTS);
        assertThat(store.due(clock.instant().plus(Duration.ofDays(1)), 10)).isEmpty();
        List<DeadLetter> letters = deadLetters.list(10);
        assertThat(letters).hasSize(1);
        DeadLetter letter = letters.get(0);
        assertThat(letter.stage()).isEqualTo("webhook-delivery");
        assertThat(letter.owner()).isEqualTo("alice");
        assertThat(letter.cardId()).isEqualTo("card-of-alice");
        assertThat(letter.cause()).contains("HTTP 500");
        assertThat(letter.reason()).contains("ValuationFailed").contains(MAX_ATTEMPTS + " attempts");
        assertThat(letter.message()).doesNotContain(SECRET);

        receiver.resetAll();
        receiver.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(202)));
        dispatcher.redrive(deadLetters.find(letter.id()).orElseThrow());
        assertThat(deliverDue()).isEqualTo(1);

        LoggedRequest redelivered = receiver.findAll(postRequestedFor(anyUrl())).get(0);
        assertThat(redelivered.getHeader("CollectIQ-Delivery-Id")).isEqualTo(event.eventId());
        assertThat(redelivered.getHeader("CollectIQ-Delivery-Attempt")).isEqualTo("1");
    }

    @Test
    void aNameThatResolvesToAPrivateAddressAfterRegistrationIsRefusedAtDeliveryWithoutConnecting() throws Exception {
        URI url = store.find("alice").orElseThrow().url();
        assertThat(targets.check(url).address().isLoopbackAddress()).as("accepted at registration").isTrue();
        receiver.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200)));
        recorder.follow(List.of(event("alice", "ValuationCompleted")));
        names.put(RECEIVER, InetAddress.getByName("10.20.30.40"));

        assertThat(deliverDue()).isZero();

        assertThat(connections).isEmpty();
        assertThat(receiver.getAllServeEvents()).isEmpty();
        List<WebhookDelivery> waiting = store.due(clock.instant().plus(BACKOFF), 10);
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).lastError()).contains("refused").contains("10.20.30.40").contains("private");
        assertThat(waiting.get(0).attempts()).isEqualTo(1);
    }

    @Test
    void aRedirectIsAFailedAttemptAndIsNotFollowed() {
        receiver.stubFor(post(urlEqualTo("/hooks/collectiq?src=ciq")).willReturn(aResponse().withStatus(307)
                .withHeader("Location", "http://169.254.169.254/latest/meta-data/")));
        recorder.follow(List.of(event("alice", "ValuationCompleted")));

        assertThat(deliverDue()).isZero();

        assertThat(connections).hasSize(1);
        assertThat(store.due(clock.instant().plus(BACKOFF), 10).get(0).lastError())
                .isEqualTo("the receiver answered HTTP 307 (redirects are not followed)");
    }

    @Test
    void aWebhookRemovedBeforeItsDeliveryReceivesNothing() {
        recorder.follow(List.of(event("alice", "ValuationCompleted")));
        store.remove("alice");

        assertThat(deliverDue()).isZero();

        assertThat(connections).isEmpty();
    }

    /** One pass of routes/webhooks.yaml: the claimed deliveries, each attempted; how many were taken. */
    private long deliverDue() {
        return dispatcher.claimDue().stream().filter(dispatcher::attempt).count();
    }

    private PendingEvent event(String owner, String type) {
        String payload = """
                {"schemaVersion":1,"cardId":"card-of-%s","runId":"%s","owner":"%s","occurredAt":"2026-12-05T09:59:00Z",\
                "status":"VALUED","name":"Pikachu \u00e9","fair":395.00,"currency":"USD"}""".formatted(owner,
                Ids.newId(clock), owner);
        return new PendingEvent(Ids.newId(clock), type, payload, clock.instant(), null);
    }

    private static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    private static String utf8(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
