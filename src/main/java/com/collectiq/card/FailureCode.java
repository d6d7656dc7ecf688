package com.collectiq.card;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a card is FAILED, as a stable code clients can branch on (the reason beside it is for people
 * and may be reworded). The list, with what to do about each, is in docs/valuation.md.
 */
public enum FailureCode {
    /** The photo file is empty. */
    PHOTO_EMPTY("photo-empty"),
    /** The photo was deleted or replaced before it was read. */
    PHOTO_MISSING("photo-missing"),
    /** The photo is larger than the upload limit. */
    PHOTO_TOO_LARGE("photo-too-large"),
    /** Not an image, or a format this deployment does not accept or decode. */
    PHOTO_FORMAT_UNSUPPORTED("photo-format-unsupported"),
    /** The image is damaged or truncated. */
    PHOTO_DAMAGED("photo-damaged"),
    /** More pixels than the limit. */
    PHOTO_TOO_MANY_PIXELS("photo-too-many-pixels"),
    /** Too few pixels to read a card. */
    PHOTO_TOO_SMALL("photo-too-small"),
    /** The text extraction refused the photo. */
    TEXT_UNREADABLE("text-unreadable"),
    /** The queued work could not be read (an operator's matter). */
    MESSAGE_UNREADABLE("message-unreadable"),
    /** The valuation kept failing after its retries. */
    VALUATION_FAILED("valuation-failed"),
    /** The valuation was started and never finished within its attempts. */
    VALUATION_INCOMPLETE("valuation-incomplete");

    private final String code;

    FailureCode(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
