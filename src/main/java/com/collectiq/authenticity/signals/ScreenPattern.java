package com.collectiq.authenticity.signals;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.OptionalDouble;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Finds the regular interference pattern (moiré) that a camera records when it photographs a
 * screen: the display's pixel grid beats against the sensor's and leaves a strong, narrow peak in
 * the spatial spectrum. Print and natural texture spread their energy instead. Works on the centre
 * of the photo at full resolution (subsampling would alias the pattern away), in four tiles, and
 * reports the median tile so one odd patch of artwork cannot decide alone. Orientation does not
 * matter: a peak is a peak however the photo is turned.
 */
final class ScreenPattern {

    static final int TILE = 256;
    private static final int TILES_PER_SIDE = 2;
    /** Lowest frequency (cycles per tile) looked at: slower waves are lighting and layout. */
    private static final int MIN_FREQUENCY = 10;
    /** Frequencies this close to an axis are the card's own straight edges and text lines. */
    private static final int AXIS_BAND = 2;
    /** JPEG's 8 × 8 blocks put peaks at multiples of TILE / 8 on both axes. */
    private static final int JPEG_BLOCK_HARMONIC = TILE / 8;
    private static final int NEIGHBOURHOOD = 5;
    /** The Hann window's weights along a tile's side: two cosines a pixel otherwise. */
    private static final double[] HANN = hannWindow();

    private ScreenPattern() {
    }

    /**
     * How far the strongest narrow spectral peak stands above its neighbourhood (ratio of power),
     * the median over the centre tiles; empty when the photo is smaller than one tile. Natural photos
     * of cards stay around 10–20; a screen's moiré reaches the hundreds.
     */
    static OptionalDouble peakRatio(byte[] photo) {
        return tilesPeakRatio(centre(photo, TILE * TILES_PER_SIDE));
    }

    /**
     * As {@link #peakRatio(byte[])}, from the centre of the photo already decoded at full resolution (at
     * least {@link #TILE} × {@link #TILES_PER_SIDE} pixels each way, or the photo's whole side): the same
     * tiles, taken from the middle of it.
     */
    static OptionalDouble peakRatio(BufferedImage photoCentre) {
        int across = Math.min(TILE * TILES_PER_SIDE, photoCentre.getWidth() / TILE * TILE);
        int down = Math.min(TILE * TILES_PER_SIDE, photoCentre.getHeight() / TILE * TILE);
        if (across == 0 || down == 0) {
            return OptionalDouble.empty();
        }
        return tilesPeakRatio(photoCentre.getSubimage((photoCentre.getWidth() - across) / 2,
                (photoCentre.getHeight() - down) / 2, across, down));
    }

    /** The median tile's peak ratio over the whole tiles of {@code centre}. */
    private static OptionalDouble tilesPeakRatio(BufferedImage centre) {
        int tilesAcross = centre.getWidth() / TILE;
        int tilesDown = centre.getHeight() / TILE;
        double[] ratios = new double[tilesAcross * tilesDown];
        for (int ty = 0; ty < tilesDown; ty++) {
            for (int tx = 0; tx < tilesAcross; tx++) {
                ratios[ty * tilesAcross + tx] = tilePeakRatio(centre, tx * TILE, ty * TILE);
            }
        }
        Arrays.sort(ratios);
        return ratios.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(ratios[(ratios.length - 1) / 2]);
    }

    private static double tilePeakRatio(BufferedImage image, int x0, int y0) {
        double[] re = new double[TILE * TILE];
        double[] im = new double[TILE * TILE];
        // the tile's pixels in one call: one by one, each would go through the colour model on its own
        int[] pixels = image.getRGB(x0, y0, TILE, TILE, null, 0, TILE);
        double mean = 0;
        for (int i = 0; i < pixels.length; i++) {
            int rgb = pixels[i];
            re[i] = 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
            mean += re[i];
        }
        mean /= TILE * TILE;
        for (int y = 0; y < TILE; y++) {
            for (int x = 0; x < TILE; x++) {
                // a Hann window keeps the tile's cut edges from smearing energy over the spectrum
                re[y * TILE + x] = (re[y * TILE + x] - mean) * HANN[x] * HANN[y];
            }
        }
        Fft.transform2d(re, im, TILE);
        double[] power = new double[TILE * TILE];
        for (int i = 0; i < power.length; i++) {
            power[i] = re[i] * re[i] + im[i] * im[i];
        }
        double[] squares = boxSums(power, NEIGHBOURHOOD);
        double[] centres = boxSums(power, 1);
        int neighbours = (2 * NEIGHBOURHOOD + 1) * (2 * NEIGHBOURHOOD + 1) - 9;
        double strongest = 0;
        // half the plane: the spectrum of a real image is symmetric
        for (int v = 0; v <= TILE / 2; v++) {
            for (int u = -TILE / 2 + 1; u < TILE / 2; u++) {
                if (!considered(u, v)) {
                    continue;
                }
                int at = index(u, v);
                // the mean power in the square around (u, v) without the 3 × 3 centre a peak leaks into
                double around = (squares[at] - centres[at]) / neighbours;
                if (around > 0) {
                    strongest = Math.max(strongest, power[at] / around);
                }
            }
        }
        return strongest;
    }

    private static boolean considered(int u, int v) {
        double radius = Math.hypot(u, v);
        boolean offAxis = Math.abs(u) > AXIS_BAND && Math.abs(v) > AXIS_BAND;
        boolean blockHarmonic = nearMultiple(u, JPEG_BLOCK_HARMONIC) && nearMultiple(v, JPEG_BLOCK_HARMONIC);
        return radius >= MIN_FREQUENCY && radius < TILE / 2.0 - NEIGHBOURHOOD && offAxis && !blockHarmonic;
    }

    private static boolean nearMultiple(int value, int of) {
        int rest = Math.floorMod(value, of);
        return rest <= 1 || rest >= of - 1;
    }

    /**
     * For every point of the (periodic) spectrum, the sum of the power in the square of the given
     * radius around it: a row pass then a column pass, each a direct sum of 2r + 1 terms, so a point
     * costs 4r + 2 additions instead of (2r + 1)², and no sum is a difference of large running totals
     * (the spectrum spans many orders of magnitude).
     */
    static double[] boxSums(double[] power, int radius) {
        double[] rows = new double[power.length];
        for (int v = 0; v < TILE; v++) {
            for (int u = 0; u < TILE; u++) {
                double sum = 0;
                for (int du = -radius; du <= radius; du++) {
                    sum += power[index(u + du, v)];
                }
                rows[v * TILE + u] = sum;
            }
        }
        double[] squares = new double[power.length];
        for (int v = 0; v < TILE; v++) {
            for (int u = 0; u < TILE; u++) {
                double sum = 0;
                for (int dv = -radius; dv <= radius; dv++) {
                    sum += rows[index(u, v + dv)];
                }
                squares[v * TILE + u] = sum;
            }
        }
        return squares;
    }

    /** The array index of frequency (u, v), wrapping around as the spectrum does (TILE is a power of two). */
    static int index(int u, int v) {
        return (v & (TILE - 1)) * TILE + (u & (TILE - 1));
    }

    private static double[] hannWindow() {
        double[] window = new double[TILE];
        for (int i = 0; i < TILE; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (TILE - 1));
        }
        return window;
    }

    /** The centre of the photo, up to {@code side} × {@code side} pixels, decoded at full resolution. */
    private static BufferedImage centre(byte[] photo, int side) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(photo))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException("no decoder for the photo");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                int across = Math.min(side, width / TILE * TILE);
                int down = Math.min(side, height / TILE * TILE);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceRegion(new Rectangle((width - across) / 2, (height - down) / 2, across, down));
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode the photo's centre", e);
        }
    }
}
