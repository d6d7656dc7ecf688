package com.collectiq.extraction.tesseract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed number of {@link TesseractEngine}s, each used by one thread at a time. Engines are made
 * on first demand rather than at start (loading the natives and the model costs a few hundred
 * milliseconds the service's start-up should not pay), then kept for the life of the service.
 */
final class TesseractPool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TesseractPool.class);

    private final Path tessdata;
    private final int size;
    private final BlockingQueue<TesseractEngine> idle;
    private final List<TesseractEngine> all = new ArrayList<>();
    private boolean closed;

    TesseractPool(Path tessdata, int size) {
        this.tessdata = tessdata;
        this.size = size;
        this.idle = new LinkedBlockingQueue<>(size);
    }

    /** Runs {@code work} on an engine nobody else is using, waiting for one when all are busy. */
    <T> T withEngine(Function<TesseractEngine, T> work) {
        TesseractEngine engine = take();
        try {
            return work.apply(engine);
        } finally {
            idle.add(engine);
        }
    }

    private TesseractEngine take() {
        TesseractEngine engine = idle.poll();
        if (engine != null) {
            return engine;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the OCR engines are shut down");
            }
            if (all.size() < size) {
                long started = System.nanoTime();
                TesseractEngine created = new TesseractEngine(tessdata);
                all.add(created);
                LOG.info("Tesseract engine {} of {} ready in {} ms", all.size(), size, (System.nanoTime() - started) / 1_000_000);
                return created;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an OCR engine", e);
        }
    }

    /** Ends every engine; the service calls it at shutdown, after the work has drained. */
    @Override
    public synchronized void close() {
        closed = true;
        all.forEach(TesseractEngine::close);
        all.clear();
        idle.clear();
    }
}
