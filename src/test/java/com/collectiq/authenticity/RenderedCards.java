package com.collectiq.authenticity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.collectiq.extraction.Extraction;

/**
 * Trading cards drawn with Java2D whose truth the tests know: a front with the printed text a
 * genuine card carries, a back, and the ways a photo of them can go (turned, rescaled, recompressed,
 * blurred, shot off a screen). Seeded, so every run sees the same pixels.
 */
final class RenderedCards {

    static final Color YELLOW = new Color(0xF2D13A);
    static final Color BACK_BLUE = new Color(0x1F4FA0);
    private static final int PX_PER_MM = 10;
    private static final int WIDTH = 63 * PX_PER_MM;
    private static final int HEIGHT = 88 * PX_PER_MM;

    private RenderedCards() {
    }

    /** What is printed on a front. */
    record Front(String name, int hp, String number, String total, Color border, String weaknessType,
            String copyright, String illustrator, long artSeed) {

        static Front charizard() {
            return new Front("Charizard", 120, "4", "102", YELLOW, "Water",
                    "©1995, 96, 98 Nintendo, Creatures, GAMEFREAK. ©1999 Wizards.", "Mitsuhiro Arita", 4);
        }

        Front named(String newName) {
            return new Front(newName, hp, number, total, border, weaknessType, copyright, illustrator, artSeed);
        }

        Front numbered(String newNumber) {
            return new Front(name, hp, newNumber, total, border, weaknessType, copyright, illustrator, artSeed);
        }

        Front bordered(Color newBorder) {
            return new Front(name, hp, number, total, newBorder, weaknessType, copyright, illustrator, artSeed);
        }

        /** The lines as an OCR engine reads them off this front: what the extraction hands the agent. */
        List<String> lines() {
            return List.of(name, "HP " + hp, "Fire Spin 100", "Weakness: " + weaknessType, "Resistance: Fighting",
                    "Illus. " + illustrator, number + "/" + total, copyright);
        }

        Extraction extraction(List<Extraction.Label> labels) {
            return new Extraction(lines().stream()
                    .map(text -> new Extraction.TextLine(text, 0.95, null, null, List.of())).toList(),
                    labels, "test", List.of());
        }
    }

    static BufferedImage front(Front card) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        int border = 3 * PX_PER_MM;
        g.setColor(card.border());
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xE9C7A0));
        g.fillRect(border, border, WIDTH - 2 * border, HEIGHT - 2 * border);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 34));
        g.drawString(card.name(), border + 20, border + 42);
        g.setColor(new Color(0xC0392B));
        g.drawString("HP " + card.hp(), WIDTH - border - 140, border + 42);
        art(g, border + 30, border + 60, WIDTH - 2 * border - 60, 330, new Random(card.artSeed()));
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString("Fire Spin", border + 40, 520);
        g.drawString("100", WIDTH - border - 90, 520);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        g.drawString("Discard 2 Energy cards attached to Charizard.", border + 40, 555);
        g.drawString("Weakness: " + card.weaknessType() + "   Resistance: Fighting", border + 40, 700);
        g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 14));
        g.drawString("Illus. " + card.illustrator(), border + 30, HEIGHT - border - 40);
        g.drawString(card.number() + "/" + card.total(), WIDTH - border - 80, HEIGHT - border - 40);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        g.drawString(card.copyright(), border + 30, HEIGHT - border - 15);
        g.dispose();
        return image;
    }

    /** A card back: a blue border around a swirl and a red and white ball; fakes often mirror it. */
    static BufferedImage back(Color border, boolean mirrored) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        int inset = 3 * PX_PER_MM;
        g.setColor(border);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x0E2A66));
        g.fillRect(inset, inset, WIDTH - 2 * inset, HEIGHT - 2 * inset);
        g.setStroke(new BasicStroke(14));
        for (int ring = 0; ring < 6; ring++) {
            g.setColor(new Color(40 + ring * 25, 90 + ring * 20, 200));
            g.drawOval(WIDTH / 2 - 60 - ring * 45, HEIGHT / 2 - 60 - ring * 60, 120 + ring * 90, 120 + ring * 120);
        }
        g.setColor(new Color(0xD62828));
        g.fillArc(WIDTH / 2 - 110, HEIGHT / 2 - 110, 220, 220, 0, 180);
        g.setColor(Color.WHITE);
        g.fillArc(WIDTH / 2 - 110, HEIGHT / 2 - 110, 220, 220, 180, 180);
        g.setColor(new Color(0xF2C230));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 70));
        g.drawString("Pokémon", inset + 40, inset + 110);
        g.dispose();
        if (!mirrored) {
            return image;
        }
        BufferedImage flipped = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D mirror = flipped.createGraphics();
        mirror.drawImage(image, WIDTH, 0, -WIDTH, HEIGHT, null);
        mirror.dispose();
        return flipped;
    }

    /** The card lying on a table, turned by {@code degrees}, its long side {@code scale} × 1000 px. */
    static BufferedImage photograph(BufferedImage card, double scale, double degrees, long seed) {
        int width = (int) Math.round(1600 * scale);
        int height = (int) Math.round(1200 * scale);
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int shade = 60 + (int) (12 * Math.sin(x * 0.02 + y * 0.003)) + random.nextInt(11);
                photo.setRGB(x, y, new Color(shade + 30, shade + 10, shade).getRGB());
            }
        }
        Graphics2D g = graphics(photo);
        double cardScale = scale * 1000.0 / HEIGHT;
        AffineTransform place = new AffineTransform();
        place.translate(width / 2.0, height / 2.0);
        place.rotate(Math.toRadians(degrees));
        place.scale(cardScale, cardScale);
        place.translate(-WIDTH / 2.0, -HEIGHT / 2.0);
        g.drawImage(card, place, null);
        g.dispose();
        return photo;
    }

    /** A Gaussian blur: what printing a scan again does to a card. */
    static BufferedImage blurred(BufferedImage image, double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        float[] weights = new float[2 * radius + 1];
        float total = 0;
        for (int i = -radius; i <= radius; i++) {
            weights[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            total += weights[i + radius];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= total;
        }
        BufferedImage padded = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        padded.getGraphics().drawImage(image, 0, 0, null);
        BufferedImage across = new ConvolveOp(new Kernel(weights.length, 1, weights), ConvolveOp.EDGE_NO_OP, null)
                .filter(padded, null);
        return new ConvolveOp(new Kernel(1, weights.length, weights), ConvolveOp.EDGE_NO_OP, null).filter(across, null);
    }

    /**
     * The photo as a camera sees it on a display: the screen's pixel grid beating against the sensor
     * (two fine interference waves at an angle), the subpixel stripes, and a reflection on the glass.
     */
    static BufferedImage offScreen(BufferedImage photo) {
        BufferedImage out = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
        double angle = Math.toRadians(23);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                double along = x * Math.cos(angle) + y * Math.sin(angle);
                double across = -x * Math.sin(angle) + y * Math.cos(angle);
                double wave = 22 * Math.sin(2 * Math.PI * along / 6.3) + 12 * Math.sin(2 * Math.PI * across / 9.1);
                double glare = 150 * Math.exp(-(Math.pow(x - photo.getWidth() * 0.62, 2)
                        + Math.pow(y - photo.getHeight() * 0.4, 2)) / (2 * 140.0 * 140.0));
                int rgb = photo.getRGB(x, y);
                int stripe = x % 3;
                int r = clamp((rgb >> 16 & 0xFF) * (stripe == 0 ? 1 : 0.85) + wave + glare);
                int gr = clamp((rgb >> 8 & 0xFF) * (stripe == 1 ? 1 : 0.85) + wave + glare);
                int b = clamp((rgb & 0xFF) * (stripe == 2 ? 1 : 0.85) + wave + glare);
                out.setRGB(x, y, r << 16 | gr << 8 | b);
            }
        }
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

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void art(Graphics2D g, int x, int y, int width, int height, Random random) {
        g.setColor(new Color(0xF28C28));
        g.fillRect(x, y, width, height);
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            int size = 40 + random.nextInt(140);
            g.fillOval(x + random.nextInt(width - size), y + random.nextInt(height - size), size, size);
        }
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(4));
        g.drawRect(x, y, width, height);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        return g;
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
