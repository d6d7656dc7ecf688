package com.collectiq.authenticity.model;

import java.util.Optional;

import com.collectiq.authenticity.SignalReading;
import com.collectiq.card.Identity;
import com.collectiq.vision.UprightCopy;

/**
 * The model opinion port: a vision model's view of whether the photographed card is genuine, as a
 * signal reading. Only {@code aws} mode has one (Bedrock); any failure is an unavailable reading,
 * never an exception, so the model can never decide a card alone or fail it.
 */
public interface ModelOpinions {

    /** The photo as this model looks at it: the pipeline makes this copy while it has the photo decoded. */
    UprightCopy photoCopy();

    /**
     * @param photo     the front photo's bytes as stored
     * @param photoCopy {@link #photoCopy()} made already; when empty, the model makes it from {@code photo}
     */
    SignalReading opinion(byte[] photo, Optional<byte[]> photoCopy, Identity identity);
}
