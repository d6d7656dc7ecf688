package com.collectiq.vision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.collectiq.vision.heif.HeifTurn;

/** A HEIF file's turn, as an orientation, moves every pixel where mirroring and turning it would. */
class HeifOrientationTest {

    @Test
    void eachMirrorAndTurnBecomesTheOrientationThatMovesThePixelsAlike() {
        int width = 4;
        int height = 3;
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i + 1;
        }
        RgbImage stored = new RgbImage(width, height, pixels);
        for (boolean mirrored : new boolean[] {false, true}) {
            for (int turns = 0; turns < 4; turns++) {
                HeifTurn turn = new HeifTurn(mirrored, turns);

                RgbImage upright = stored.upright(ExifOrientation.of(turn));

                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        // follow one pixel: mirrored left to right, then turned clockwise a quarter at a time
                        int px = mirrored ? width - 1 - x : x;
                        int py = y;
                        int w = width;
                        int h = height;
                        for (int t = 0; t < turns; t++) {
                            int turnedX = h - 1 - py;
                            py = px;
                            px = turnedX;
                            int swap = w;
                            w = h;
                            h = swap;
                        }
                        assertThat(upright.width).isEqualTo(w);
                        assertThat(upright.pixels[py * w + px]).as("%s, pixel %d,%d", turn, x, y)
                                .isEqualTo(pixels[y * width + x]);
                    }
                }
            }
        }
    }
}
