package com.collectiq.vision.heif;

import java.util.List;

/**
 * A HEIF photo's primary image as its boxes describe it: its size, the HEVC tiles that cover it row
 * by row (one for a single image), the window of it that is shown, and the turns to apply then.
 *
 * @param width the composed image's width, before the crop and the turns
 * @param height the composed image's height, before the crop and the turns
 * @param crop the window shown ({@code clap}), the whole image when the file has none
 */
record HeifImage(int width, int height, int rows, int columns, List<Tile> tiles, List<Transform> transforms, Colour colour,
        Crop crop) {

    HeifImage {
        tiles = List.copyOf(tiles);
        transforms = List.copyOf(transforms);
    }

    HeifImage cropped(Crop window) {
        return new HeifImage(width, height, rows, columns, tiles, transforms, colour, window);
    }

    /** A window of the composed image, in its pixels. */
    record Crop(int x, int y, int width, int height) {
        static Crop whole(int width, int height) {
            return new Crop(0, 0, width, height);
        }
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
