package com.collectiq.vision.heif;

/**
 * How a HEIF photo's stored pixels turn upright, from its own {@code irot} and {@code imir}
 * properties: a HEIF reader applies these and ignores the EXIF orientation tag the file may also
 * carry, which phones keep only for the tools that copy it. The turns, in the order listed, reduce to
 * an optional left-right mirror followed by clockwise quarter turns.
 *
 * @param mirrored whether the pixels are mirrored left to right first
 * @param clockwiseQuarterTurns then turned clockwise this many quarter turns (0-3)
 */
public record HeifTurn(boolean mirrored, int clockwiseQuarterTurns) {

    /** The turn of the primary image of a HEIC file; a {@link RuntimeException} if its boxes are malformed. */
    public static HeifTurn of(byte[] file) {
        return of(HeifContainer.parse(file).transforms());
    }

    static HeifTurn of(Iterable<HeifImage.Transform> transforms) {
        boolean mirrored = false;
        int turns = 0;
        for (HeifImage.Transform transform : transforms) {
            if (transform.mirrorAxis() == null) {
                turns = Math.floorMod(turns - transform.anticlockwiseQuarterTurns(), 4);
            } else {
                // a mirror after turns k is the mirror first and turns -k (a mirror reverses turns);
                // a top-bottom mirror is a left-right mirror and a half turn
                mirrored = !mirrored;
                turns = Math.floorMod((transform.mirrorAxis() == 0 ? 2 : 0) - turns, 4);
            }
        }
        return new HeifTurn(mirrored, turns);
    }
}
