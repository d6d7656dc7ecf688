package com.collectiq.vision.heif;

import java.util.List;

/**
 * A HEIF photo's primary image as its boxes describe it: its size, the HEVC tiles that cover it row
 * by row (one for a single image), and the turns to apply after composing them.
 *
 * @param width the composed image's width before the turns
 * @param height the composed image's height before the turns
 */
record HeifImage(int width, int height, int rows, int columns, List<Tile> tiles, List<Transform> transforms, Colour colour) {

    HeifImage {
        tiles = List.copyOf(tiles);
        transforms = List.copyOf(transforms);
    }

    /**
     * One HEVC-coded picture.
     *
     * @param configuration the {@code hvcC} record (parameter sets and NAL length size)
     * @param coded the picture's NAL units, each prefixed by its length
     */
    record Tile(int width, int height, byte[] configuration, byte[] coded) {
    }

    /**
     * A turn ({@code irot}: anticlockwise, in quarter turns) or a mirror ({@code imir}). The mirror
     * axis follows libheif, whose {@code heif-convert} is the reference decoder: 0 swaps top and
     * bottom, 1 swaps left and right.
     */
    record Transform(int anticlockwiseQuarterTurns, Integer mirrorAxis) {

        static Transform rotation(int quarterTurns) {
            return new Transform(quarterTurns, null);
        }

        static Transform mirror(int axis) {
            return new Transform(0, axis);
        }
    }

    /**
     * How the decoded YCbCr turns into RGB, when the file says (an {@code nclx} colour box).
     *
     * @param matrix the matrix coefficients code of ITU-T H.273 (1 BT.709, 5/6 BT.601)
     */
    record Colour(int matrix, boolean fullRange) {
        static final Colour FROM_BITSTREAM = new Colour(-1, false);
    }
}
