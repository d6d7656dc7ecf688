package com.collectiq.testsupport.eras;

import java.util.List;
import java.util.Random;

/**
 * How a card is photographed: everything that makes the photo hard, deterministic from {@link #seed()}.
 *
 * @param frameWidth the photo's width as displayed (after the EXIF orientation is applied)
 * @param fill the card's bounding box over the frame, on the tighter axis: 0.2 to 0.9
 * @param rollDegrees the card's turn in the picture plane, clockwise; 180 is upside down
 * @param tiltDegrees how far the card leans away from the camera (perspective), 0 to 20
 * @param tiltAxisDegrees the direction of the axis it leans about, in the card's plane
 * @param centreX where the card's centre falls, as a share of the slack the frame leaves (0 to 1)
 * @param glareSpots bright reflections of a lamp on the card
 * @param sleeve the card is in a plastic sleeve: a wider glossy outline and a reflected band
 * @param light 1 for a well-lit photo, down to 0.35 for a dim room
 * @param noise the sensor noise's standard deviation, in 8-bit levels
 * @param secondCard another card lies at the frame's edge, partly out of frame
 * @param exifOrientation 1 when the pixels are stored as displayed; 3, 6 or 8 when they are stored
 *     turned and the JPEG's EXIF Orientation tag says how to turn them back
 */
public record Scene(long seed, int frameWidth, int frameHeight, double fill, double rollDegrees,
                    double tiltDegrees, double tiltAxisDegrees, double centreX, double centreY,
                    Background background, int glareSpots, boolean sleeve, double light, double noise,
                    boolean secondCard, int exifOrientation, int jpegQuality) {

    /** Phone and camera frames up to 12 MP, landscape and portrait. */
    private static final List<int[]> FRAMES = List.of(new int[] {4000, 3000}, new int[] {3000, 4000},
            new int[] {4032, 3024}, new int[] {3264, 2448}, new int[] {2448, 3264}, new int[] {2000, 1500},
            new int[] {1600, 1200}, new int[] {1200, 1600}, new int[] {2592, 1944});
    private static final List<Integer> TAGGED_ORIENTATIONS = List.of(3, 6, 8);

    public Scene {
        if (fill < 0.05 || fill > 0.95) {
            throw new IllegalArgumentException("fill " + fill + " out of 0.05..0.95");
        }
        if (!List.of(1, 3, 6, 8).contains(exifOrientation)) {
            throw new IllegalArgumentException("EXIF orientation " + exifOrientation + " is not 1, 3, 6 or 8");
        }
    }

    /** A badly taken photo: any turn, perspective up to 20°, busy backgrounds, glare, sleeves, dim light. */
    public static Scene random(long seed) {
        Random r = new Random(seed);
        int[] frame = FRAMES.get(r.nextInt(FRAMES.size()));
        double roll = switch (r.nextInt(6)) {
            case 0, 1 -> r.nextGaussian() * 4;
            case 2 -> 180 + r.nextGaussian() * 4;
            case 3 -> (r.nextBoolean() ? 90 : 270) + r.nextGaussian() * 4;
            default -> r.nextDouble() * 360;
        };
        double light = r.nextDouble() < 0.25 ? 0.35 + r.nextDouble() * 0.3 : 0.75 + r.nextDouble() * 0.25;
        return new Scene(seed, frame[0], frame[1], 0.2 + r.nextDouble() * 0.7, normalised(roll),
                r.nextDouble() * 20, r.nextDouble() * 360, r.nextDouble(), r.nextDouble(),
                Background.values()[r.nextInt(Background.values().length)], r.nextInt(4), r.nextDouble() < 0.35,
                light, 2 + (1 - light) * 14 * r.nextDouble(), r.nextDouble() < 0.3,
                r.nextDouble() < 0.2 ? TAGGED_ORIENTATIONS.get(r.nextInt(3)) : 1, 60);
    }

    /** A well-lit, square-on photo of a card filling 60 % of a 2000 x 1500 frame, on a dark table. */
    public static Scene plain(long seed) {
        return new Scene(seed, 2000, 1500, 0.6, 0, 0, 0, 0.5, 0.5, Background.DARK_TABLE, 0, false, 1, 2, false, 1, 90);
    }

    public Scene withFrame(int width, int height) {
        return new Scene(seed, width, height, fill, rollDegrees, tiltDegrees, tiltAxisDegrees, centreX, centreY,
                background, glareSpots, sleeve, light, noise, secondCard, exifOrientation, jpegQuality);
    }

    public Scene withFill(double share) {
        return new Scene(seed, frameWidth, frameHeight, share, rollDegrees, tiltDegrees, tiltAxisDegrees, centreX,
                centreY, background, glareSpots, sleeve, light, noise, secondCard, exifOrientation, jpegQuality);
    }

    public Scene withBackground(Background surface, boolean anotherCard) {
        return new Scene(seed, frameWidth, frameHeight, fill, rollDegrees, tiltDegrees, tiltAxisDegrees, centreX,
                centreY, surface, glareSpots, sleeve, light, noise, anotherCard, exifOrientation, jpegQuality);
    }

    public Scene withExifOrientation(int orientation) {
        return new Scene(seed, frameWidth, frameHeight, fill, rollDegrees, tiltDegrees, tiltAxisDegrees, centreX,
                centreY, background, glareSpots, sleeve, light, noise, secondCard, orientation, jpegQuality);
    }

    private static double normalised(double degrees) {
        return ((degrees % 360) + 360) % 360;
    }
}
