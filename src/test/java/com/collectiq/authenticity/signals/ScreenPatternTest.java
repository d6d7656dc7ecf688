package com.collectiq.authenticity.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.OptionalDouble;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.collectiq.testsupport.CardRenderer;

/**
 * The peak search's neighbourhood sums, taken in two passes over the wrapped spectrum, equal the
 * square's sum added point by point, on spectra that span as many orders of magnitude as real ones;
 * the centre cut out of a decoded photo gives the ratio its bytes give.
 */
class ScreenPatternTest {

    private static final int TILE = ScreenPattern.TILE;

    @Test
    void theTwoPassBoxSumsEqualTheSquaresSummedPointByPoint() {
        Random random = new Random(20261205);
        double[] power = new double[TILE * TILE];
        for (int i = 0; i < power.length; i++) {
            power[i] = Math.pow(10, random.nextDouble() * 12); // 1 to 10^12, as a spectrum's powers spread
        }
        for (int radius : new int[] {1, 5}) {
            double[] sums = ScreenPattern.boxSums(power, radius);
            for (int trial = 0; trial < 2000; trial++) {
                int u = random.nextInt(TILE);
                int v = random.nextInt(TILE);
                double expected = 0;
                for (int dv = -radius; dv <= radius; dv++) {
                    for (int du = -radius; du <= radius; du++) {
                        expected += power[Math.floorMod(v + dv, TILE) * TILE + Math.floorMod(u + du, TILE)];
                    }
                }
                assertThat(sums[v * TILE + u]).as("radius %d at %d,%d", radius, u, v).isCloseTo(expected, within(expected * 1e-12));
            }
        }
    }

    @Test
    void indicesWrapAroundTheSpectrum() {
        assertThat(ScreenPattern.index(-1, 0)).isEqualTo(TILE - 1);
        assertThat(ScreenPattern.index(0, -1)).isEqualTo((TILE - 1) * TILE);
        assertThat(ScreenPattern.index(TILE + 3, 2)).isEqualTo(2 * TILE + 3);
    }

    /**
     * The centre the analysis cuts out of its full-resolution decode (up to 512 pixels each way, centred)
     * gives the peak ratio the photo's bytes give, on a photo wider than two tiles and on one narrower.
     */
    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1200, 900", "400, 900"})
    void theCentreCutOutGivesWhatTheBytesGive(int width, int height) throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(CardRenderer.builder().frame(width, height).cardShare(0.5).seed(2).render().photo(), "jpg", jpeg);
        BufferedImage whole = ImageIO.read(new ByteArrayInputStream(jpeg.toByteArray()));
        int across = Math.min(512, width);
        int down = Math.min(512, height);
        BufferedImage centre = whole.getSubimage((width - across) / 2, (height - down) / 2, across, down);

        OptionalDouble fromBytes = ScreenPattern.peakRatio(jpeg.toByteArray());

        assertThat(fromBytes).isNotEmpty();
        assertThat(ScreenPattern.peakRatio(centre)).isEqualTo(fromBytes);
    }
}
