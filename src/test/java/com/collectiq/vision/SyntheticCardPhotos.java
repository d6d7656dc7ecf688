package com.collectiq.vision;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Renders card photos whose truth is known: a card with given border widths, placed on a textured
 * table, turned, tilted, blurred and lit as asked. Everything is seeded, so a test sees the same
 * pixels every run.
 */
final class SyntheticCardPhotos {

    static final int PIXELS_PER_MM = 10;
    static final Color YELLOW = new Color(0xF2D13A);

    private SyntheticCardPhotos() {
    }

    /** A card's printed design: border widths in millimetres, border colour, and artwork seed. */
    record Card(double leftMm, double rightMm, double topMm, double bottomMm, Color border, long artSeed, boolean holo) {

        static Card centred(Color border, long artSeed) {
            return new Card(3, 3, 3, 3, border, artSeed, false);
        }

        double leftPercent() {
            return 100 * leftMm / (leftMm + rightMm);
        }

        double topPercent() {
            return 100 * topMm / (topMm + bottomMm);
        }
    }

    /**
     * How the card lies in the photo.
     *
     * @param cardHeightPx the card's long side in the photo, in pixels
     * @param degrees      turn clockwise
     * @param tilt         perspective: the top edge is this much shorter than the bottom (0 = none)
     */
    record Placement(int photoWidth, int photoHeight, int cardHeightPx, double degrees, double tilt) {

        static Placement flat(int photoWidth, int photoHeight) {
            return new Placement(photoWidth, photoHeight, (int) (photoHeight * 0.7), 0, 0);
        }

        Placement turned(double turnDegrees) {
            return new Placement(photoWidth, photoHeight, cardHeightPx, turnDegrees, tilt);
        }

        Placement tilted(double newTilt) {
            return new Placement(photoWidth, photoHeight, cardHeightPx, degrees, newTilt);
        }

        /** The card's corners in the photo: top-left, top-right, bottom-right, bottom-left. */
        List<ImagePoint> corners() {
            double height = cardHeightPx;
            double width = height * 63 / 88;
            double topHalf = width / 2 * (1 - tilt);
            double bottomHalf = width / 2;
            double[][] local = {{-topHalf, -height / 2}, {topHalf, -height / 2}, {bottomHalf, height / 2}, {-bottomHalf, height / 2}};
            double cos = Math.cos(Math.toRadians(degrees));
            double sin = Math.sin(Math.toRadians(degrees));
            return Arrays.stream(local)
                    .map(p -> new ImagePoint(photoWidth / 2.0 + p[0] * cos - p[1] * sin, photoHeight / 2.0 + p[0] * sin + p[1] * cos))
                    .toList();
        }
    }

    static BufferedImage renderCard(Card card) {
        int width = 63 * PIXELS_PER_MM;
        int height = 88 * PIXELS_PER_MM;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(card.border());
        g.fillRect(0, 0, width, height);
        int left = (int) Math.round(card.leftMm() * PIXELS_PER_MM);
        int right = (int) Math.round(card.rightMm() * PIXELS_PER_MM);
        int top = (int) Math.round(card.topMm() * PIXELS_PER_MM);
        int bottom = (int) Math.round(card.bottomMm() * PIXELS_PER_MM);
        int innerWidth = width - left - right;
        int innerHeight = height - top - bottom;
        g.setColor(new Color(0x9AA4B0)); // the inner frame, clearly not border-coloured
        g.fillRect(left, top, innerWidth, innerHeight);
        Random random = new Random(card.artSeed());
        g.setColor(new Color(0xE8E0C8));
        g.fillRect(left + innerWidth / 20, top + innerHeight / 60, innerWidth * 9 / 10, innerHeight / 16);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, innerHeight / 22));
        g.drawString("Cardname " + card.artSeed(), left + innerWidth / 12, top + innerHeight / 16);
        int artX = left + innerWidth / 14;
        int artY = top + innerHeight / 11;
        int artWidth = innerWidth * 6 / 7;
        int artHeight = innerHeight * 4 / 10;
        paintArt(image, artX, artY, artWidth, artHeight, random, card.holo());
        g.setColor(new Color(0xF4F1E6));
        g.fillRect(artX, artY + artHeight + innerHeight / 30, artWidth, innerHeight * 4 / 10);
        g.setColor(new Color(0x303030));
        for (int line = 0; line < 6; line++) {
            int y = artY + artHeight + innerHeight / 15 + line * innerHeight / 18;
            g.fillRect(artX + innerWidth / 20, y, (int) (artWidth * (0.4 + 0.5 * random.nextDouble())), innerHeight / 90);
        }
        g.dispose();
        return image;
    }

    /** Seeded shapes, or for a holo card a fine rainbow shimmer over them. */
    private static void paintArt(BufferedImage image, int x0, int y0, int width, int height, Random random, boolean holo) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(random.nextInt(0xFFFFFF)));
        g.fillRect(x0, y0, width, height);
        g.setClip(x0, y0, width, height);
        for (int i = 0; i < 14; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            int size = width / 8 + random.nextInt(width / 3);
            if (random.nextBoolean()) {
                g.fillOval(x0 + random.nextInt(width) - size / 2, y0 + random.nextInt(height) - size / 2, size, size);
            } else {
                g.fillRect(x0 + random.nextInt(width) - size / 2, y0 + random.nextInt(height) - size / 2, size, size / 2);
            }
        }
        g.dispose();
        if (holo) {
            for (int y = y0; y < y0 + height; y++) {
                for (int x = x0; x < x0 + width; x++) {
                    float hue = (float) ((x + 2 * y) % 37) / 37f;
                    int shimmer = Color.HSBtoRGB(hue, 0.9f, 1f);
                    image.setRGB(x, y, blend(image.getRGB(x, y), shimmer, 0.6));
                }
            }
        }
    }

    /** A wood-like table: grain from sines, plus per-pixel noise. */
    static BufferedImage table(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        double phase = random.nextDouble() * 10;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double grain = Math.sin(y * 0.05 + 3 * Math.sin(x * 0.004 + phase)) * 18 + Math.sin(x * 0.013 + y * 0.002) * 10;
                int noise = random.nextInt(31) - 15;
                int r = clamp(120 + grain + noise);
                int gr = clamp(82 + grain * 0.8 + noise);
                int b = clamp(52 + grain * 0.5 + noise);
                image.setRGB(x, y, r << 16 | gr << 8 | b);
            }
        }
        return image;
    }

    /** The card rendered into a table photo as {@code placement} says, with 3 × 3 supersampling at its edge. */
    static BufferedImage photo(Card card, Placement placement, long tableSeed) {
        BufferedImage front = renderCard(card);
        BufferedImage photo = table(placement.photoWidth(), placement.photoHeight(), tableSeed);
        List<ImagePoint> corners = placement.corners();
        Homography toCard = Homography.mapping(corners, List.of(new ImagePoint(0, 0), new ImagePoint(front.getWidth(), 0),
                new ImagePoint(front.getWidth(), front.getHeight()), new ImagePoint(0, front.getHeight())));
        RgbImage source = RgbImage.of(front);
        int minX = (int) Math.floor(corners.stream().mapToDouble(ImagePoint::x).min().orElseThrow()) - 1;
        int maxX = (int) Math.ceil(corners.stream().mapToDouble(ImagePoint::x).max().orElseThrow()) + 1;
        int minY = (int) Math.floor(corners.stream().mapToDouble(ImagePoint::y).min().orElseThrow()) - 1;
        int maxY = (int) Math.ceil(corners.stream().mapToDouble(ImagePoint::y).max().orElseThrow()) + 1;
        for (int y = Math.max(0, minY); y <= Math.min(photo.getHeight() - 1, maxY); y++) {
            for (int x = Math.max(0, minX); x <= Math.min(photo.getWidth() - 1, maxX); x++) {
                int r = 0;
                int gr = 0;
                int b = 0;
                int inside = 0;
                for (int sy = 0; sy < 3; sy++) {
                    for (int sx = 0; sx < 3; sx++) {
                        // pixel (x, y) covers [x − 0.5, x + 0.5): sample its 3 × 3 sub-pixel centres
                        ImagePoint p = toCard.apply(x - 1 / 3.0 + sx / 3.0, y - 1 / 3.0 + sy / 3.0);
                        if (p.x() >= 0 && p.y() >= 0 && p.x() < front.getWidth() && p.y() < front.getHeight()) {
                            int rgb = source.sample(p.x() - 0.5, p.y() - 0.5);
                            r += rgb >> 16 & 0xFF;
                            gr += rgb >> 8 & 0xFF;
                            b += rgb & 0xFF;
                            inside++;
                        }
                    }
                }
                if (inside > 0) {
                    int cardRgb = (r / inside) << 16 | (gr / inside) << 8 | (b / inside);
                    photo.setRGB(x, y, blend(photo.getRGB(x, y), cardRgb, inside / 9.0));
                }
            }
        }
        return photo;
    }

    /** Gaussian blur with the given sigma in pixels (two separable passes). */
    static BufferedImage blurred(BufferedImage image, double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        double[] kernel = new double[2 * radius + 1];
        double total = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = Math.exp(-i * i / (2 * sigma * sigma));
            total += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= total;
        }
        RgbImage source = RgbImage.of(image);
        int[] across = convolve(source.pixels, source.width, source.height, kernel, 1, 0);
        int[] down = convolve(across, source.width, source.height, kernel, 0, 1);
        return new RgbImage(source.width, source.height, down).toBufferedImage();
    }

    private static int[] convolve(int[] pixels, int width, int height, double[] kernel, int dx, int dy) {
        int radius = kernel.length / 2;
        int[] out = new int[pixels.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double r = 0;
                double g = 0;
                double b = 0;
                for (int k = -radius; k <= radius; k++) {
                    int sx = Math.max(0, Math.min(width - 1, x + k * dx));
                    int sy = Math.max(0, Math.min(height - 1, y + k * dy));
                    int rgb = pixels[sy * width + sx];
                    double weight = kernel[k + radius];
                    r += (rgb >> 16 & 0xFF) * weight;
                    g += (rgb >> 8 & 0xFF) * weight;
                    b += (rgb & 0xFF) * weight;
                }
                out[y * width + x] = clamp(r) << 16 | clamp(g) << 8 | clamp(b);
            }
        }
        return out;
    }

    /** A bright highlight: light added with a Gaussian falloff, clipping to white near its centre. */
    static BufferedImage withGlare(BufferedImage image, double centreX, double centreY, double radius, double strength) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                double d2 = (x - centreX) * (x - centreX) + (y - centreY) * (y - centreY);
                double light = strength * 255 * Math.exp(-d2 / (2 * radius * radius));
                int rgb = image.getRGB(x, y);
                out.setRGB(x, y, clamp((rgb >> 16 & 0xFF) + light) << 16 | clamp((rgb >> 8 & 0xFF) + light) << 8
                        | clamp((rgb & 0xFF) + light));
            }
        }
        return out;
    }

    static BufferedImage scaled(BufferedImage image, double factor) {
        int width = (int) Math.round(image.getWidth() * factor);
        int height = (int) Math.round(image.getHeight() * factor);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static int blend(int under, int over, double coverage) {
        int r = clamp((under >> 16 & 0xFF) * (1 - coverage) + (over >> 16 & 0xFF) * coverage);
        int g = clamp((under >> 8 & 0xFF) * (1 - coverage) + (over >> 8 & 0xFF) * coverage);
        int b = clamp((under & 0xFF) * (1 - coverage) + (over & 0xFF) * coverage);
        return r << 16 | g << 8 | b;
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
