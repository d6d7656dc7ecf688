package com.collectiq.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * {@code collectiq.image.max-concurrent-decodes}: no more decodes run at once than it allows, and
 * the ones that waited run once a slot is free.
 */
class DecodeSlotTest {

    private static final int SLOTS = 2;
    private static final int CARDS = SLOTS + 3;

    @Test
    void decodesBeyondTheBoundWaitForASlot() throws InterruptedException {
        PhotoChecker checker = new PhotoChecker(withSlots(SLOTS));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> cards = new ArrayList<>();
        for (int i = 0; i < CARDS; i++) {
            cards.add(new Thread(() -> checker.withDecodeSlot(() -> {
                mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
                awaitUninterruptibly(release);
                return inside.decrementAndGet();
            })));
        }
        cards.forEach(Thread::start);

        // the first cards are in; then every card is parked: inside the slot on the latch, or outside
        // it waiting for a slot. Were the bound missing, every one would have counted itself in before
        // parking on the latch. (A thread may wait a moment on something else, a class being
        // initialised, before it reaches the slot: the count, not the state alone, is what is asserted.)
        while (inside.get() < SLOTS) {
            Thread.sleep(5);
        }
        for (Thread card : cards) {
            awaitParked(card);
        }
        assertThat(inside.get()).isEqualTo(SLOTS);

        release.countDown();
        for (Thread card : cards) {
            card.join();
        }
        assertThat(inside.get()).as("every card ran and left its slot").isZero();
        assertThat(mostAtOnce.get()).isEqualTo(SLOTS);
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThatThrownBy(() -> withSlots(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-concurrent-decodes");
    }

    private static ImageProperties withSlots(int slots) {
        ImageProperties defaults = ImageProperties.defaults();
        return new ImageProperties(DataSize.ofMegabytes(12), defaults.maxPixels(), defaults.minShortSide(),
                defaults.allowedTypes(), defaults.analysisLongSide(), slots);
    }

    private static void awaitParked(Thread thread) throws InterruptedException {
        while (thread.getState() != Thread.State.WAITING) {
            assertThat(thread.isAlive()).as("%s still running", thread.getName()).isTrue();
            Thread.sleep(5);
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
