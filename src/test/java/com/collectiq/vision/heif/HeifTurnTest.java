package com.collectiq.vision.heif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A chain of {@code irot} and {@code imir} properties, applied one by one to a small picture as the
 * HEIF specification words them, lands where the single mirror-then-turn {@link HeifTurn} puts it.
 */
class HeifTurnTest {

    private static final int[][] PICTURE = {{1, 2, 3}, {4, 5, 6}};

    @Test
    void everyChainOfTurnsAndMirrorsReducesToOneMirrorAndTurn() {
        Random random = new Random(20261205);
        for (int trial = 0; trial < 500; trial++) {
            List<HeifImage.Transform> chain = new ArrayList<>();
            int[][] expected = PICTURE;
            for (int step = random.nextInt(5); step > 0; step--) {
                if (random.nextBoolean()) {
                    int quarters = random.nextInt(4);
                    chain.add(HeifImage.Transform.rotation(quarters));
                    for (int i = 0; i < quarters; i++) {
                        expected = anticlockwise(expected);
                    }
                } else {
                    int axis = random.nextInt(2);
                    chain.add(HeifImage.Transform.mirror(axis));
                    expected = axis == 0 ? upsideDown(expected) : leftRight(expected);
                }
            }

            assertThat(apply(HeifTurn.of(chain))).as("%s", chain).isDeepEqualTo(expected);
        }
    }

    @Test
    void theTurnsPhonesWrite() {
        assertThat(HeifTurn.of(List.of())).isEqualTo(new HeifTurn(false, 0));
        assertThat(HeifTurn.of(List.of(HeifImage.Transform.rotation(1)))).isEqualTo(new HeifTurn(false, 3));
        assertThat(HeifTurn.of(List.of(HeifImage.Transform.rotation(3)))).isEqualTo(new HeifTurn(false, 1));
        assertThat(HeifTurn.of(List.of(HeifImage.Transform.mirror(1)))).isEqualTo(new HeifTurn(true, 0));
    }

    private static int[][] apply(HeifTurn turn) {
        int[][] result = turn.mirrored() ? leftRight(PICTURE) : PICTURE;
        for (int i = 0; i < turn.clockwiseQuarterTurns(); i++) {
            result = anticlockwise(anticlockwise(anticlockwise(result)));
        }
        return result;
    }

    private static int[][] anticlockwise(int[][] picture) {
        int rows = picture.length;
        int columns = picture[0].length;
        int[][] turned = new int[columns][rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                turned[columns - 1 - c][r] = picture[r][c];
            }
        }
        return turned;
    }

    private static int[][] upsideDown(int[][] picture) {
        int[][] flipped = new int[picture.length][];
        for (int r = 0; r < picture.length; r++) {
            flipped[r] = picture[picture.length - 1 - r].clone();
        }
        return flipped;
    }

    private static int[][] leftRight(int[][] picture) {
        int[][] flipped = new int[picture.length][picture[0].length];
        for (int r = 0; r < picture.length; r++) {
            for (int c = 0; c < picture[0].length; c++) {
                flipped[r][picture[0].length - 1 - c] = picture[r][c];
            }
        }
        return flipped;
    }
}
