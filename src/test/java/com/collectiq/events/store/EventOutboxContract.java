package com.collectiq.events.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.collectiq.events.EventOutbox;
import com.collectiq.events.PendingEvent;
import com.collectiq.platform.ids.Ids;
import com.collectiq.testsupport.TickingClock;

/** The {@link EventOutbox} contract, run against every implementation on a fresh store. */
abstract class EventOutboxContract {

    final TickingClock clock = new TickingClock(Instant.parse("2026-03-01T10:00:00Z"));
    EventOutbox outbox;

    abstract EventOutbox openOutbox();

    abstract void closeBackend();

    @BeforeEach
    void open() {
        outbox = openOutbox();
    }

    @AfterEach
    void close() {
        closeBackend();
    }

    @Test
    void pendingEventsComeOutOldestFirstUpToTheLimit() {
        List<PendingEvent> raised = IntStream.range(0, 5).mapToObj(i -> event("ValuationCompleted", i)).toList();
        for (int i = raised.size() - 1; i >= 0; i--) {
            outbox.add(raised.get(i));
        }

        assertThat(outbox.pending(10)).containsExactlyElementsOf(raised);
        assertThat(outbox.pending(2)).containsExactlyElementsOf(raised.subList(0, 2));
    }

    @Test
    void addingAnEventAgainKeepsOneCopy() {
        PendingEvent event = event("CardValueChanged", 1);
        outbox.add(event);
        outbox.add(new PendingEvent(event.eventId(), event.type(), "{\"retry\":true}", event.createdAt(), null));

        assertThat(outbox.pending(10)).containsExactly(event);
    }

    @Test
    void aPublishedEventIsNoLongerPending() {
        PendingEvent published = event("ValuationCompleted", 1);
        PendingEvent waiting = event("AuthenticityFlagged", 2);
        outbox.add(published);
        outbox.add(waiting);

        outbox.markPublished(published.eventId());
        outbox.markPublished(published.eventId());
        outbox.markPublished(Ids.newId(clock));

        assertThat(outbox.pending(10)).containsExactly(waiting);
    }

    @Test
    void anEventKeepsTheTraceItWasRaisedInAndOneRaisedOutsideAnyTraceHasNone() {
        String trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
        PendingEvent traced = new PendingEvent(Ids.newId(clock), "ValuationCompleted", "{}", clock.instant(), trace);
        PendingEvent untraced = new PendingEvent(Ids.newId(clock), "CardValueChanged", "{}", clock.instant(), null);
        outbox.add(traced);
        outbox.add(untraced);

        assertThat(outbox.pending(10)).extracting(PendingEvent::traceHeader).containsExactly(trace, null);
    }

    @Test
    void anEmptyOutboxHasNothingPending() {
        assertThat(outbox.pending(10)).isEmpty();
    }

    private PendingEvent event(String type, int n) {
        return new PendingEvent(Ids.newId(clock), type, "{\"n\":" + n + "}", clock.instant(),
                "Root=1-5759e988-bd862e3fe1be46a99427279" + n + ";Parent=53995c3f42cd8ad8;Sampled=1");
    }
}
