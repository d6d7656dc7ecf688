package com.collectiq.authenticity.model;

import com.collectiq.authenticity.SignalReading;
import com.collectiq.card.Identity;

/**
 * The model opinion port: a vision model's view of whether the photographed card is genuine, as a
 * signal reading. Only {@code aws} mode has one (Bedrock); any failure is an unavailable reading,
 * never an exception, so the model can never decide a card alone or fail it.
 */
public interface ModelOpinions {

    SignalReading opinion(byte[] photo, Identity identity);
}
