package com.collectiq.identification;

import com.collectiq.card.Identity;
import com.collectiq.identification.catalog.OnlineAnswer;
import com.collectiq.identification.catalog.PriceBlocks;

/**
 * Which card this is, and what the online catalog said on the way.
 *
 * @param prices the resolved card's TCGplayer and Cardmarket blocks as the online catalog sent
 *        them, or null when it did not answer for that card (offline, rate limited, down, no prices)
 * @param online how asking the online catalog went ({@code OFFLINE} when it was not asked)
 * @param onlineDetail why, in a few words (never a secret)
 */
public record Identification(Identity identity, PriceBlocks prices, OnlineAnswer.Outcome online, String onlineDetail) {
}
