package com.collectiq.authenticity;

/** The names signals carry in {@code Authenticity.signals}: clients and the README rely on them. */
public final class SignalNames {

    public static final String REFERENCE_MATCH = "reference-match";
    public static final String PRINTED_TEXT = "printed-text";
    public static final String PRINT_AND_FINISH = "print-and-finish";
    public static final String BACK = "back";
    public static final String SCREEN_PHOTO = "screen-photo";
    public static final String LABELS = "labels";
    public static final String MODEL_OPINION = "model-opinion";
    public static final String SLAB_LABEL = "slab-label";

    private SignalNames() {
    }
}
