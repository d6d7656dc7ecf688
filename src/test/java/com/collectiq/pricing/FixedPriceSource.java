package com.collectiq.pricing;

import java.util.concurrent.atomic.AtomicInteger;

/** A price source that gives one prepared answer and counts how often it was asked. */
public final class FixedPriceSource implements PriceSource {

    private final String name;
    private final boolean online;
    private final boolean fallback;
    private final SourceAnswer answer;
    private final AtomicInteger calls = new AtomicInteger();

    private FixedPriceSource(String name, boolean online, boolean fallback, SourceAnswer answer) {
        this.name = name;
        this.online = online;
        this.fallback = fallback;
        this.answer = answer;
    }

    public static FixedPriceSource online(String name, SourceAnswer answer) {
        return new FixedPriceSource(name, true, false, answer);
    }

    public static FixedPriceSource fallback(String name, SourceAnswer answer) {
        return new FixedPriceSource(name, false, true, answer);
    }

    public int calls() {
        return calls.get();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean online() {
        return online;
    }

    @Override
    public boolean fallback() {
        return fallback;
    }

    @Override
    public SourceAnswer lookup(PriceQuery query) {
        calls.incrementAndGet();
        return answer;
    }
}
