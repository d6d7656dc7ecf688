package com.collectiq.vision;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * The card cut out of the photo for reading its text: the analysis works on a subsampled photo and
 * flattens the card to 6 px/mm, too coarse for the small print (a collector number stands some
 * 1.5 mm tall). This decodes only the part of the stored photo the outline covers, at the
 * subsampling that still gives at least {@link #MIN_PIXELS_PER_MM}, and warps it flat from there.
 */
final class ReadingCrop {

    /** OCR wants the small print at least this sharp. */
    static final double MIN_PIXELS_PER_MM = 12;
    /** Sharper costs warping time and gives OCR nothing more: the reader enlarges the small print itself. */
    static final double MAX_PIXELS_PER_MM = 20;
    /** A trading card's size: 63 × 88 mm. */
    static final double CARD_WIDTH_MM = 63;
    static final double CARD_HEIGHT_MM = 88;

    private ReadingCrop() {
    }

    /**
     * @param outline the card's corners in the upright full-size photo
     * @return the card upright as the outline orders its corners, 63 × 88 mm at 12 to 20 px/mm
     */
    static BufferedImage cut(PhotoChecker checker, byte[] bytes, PhotoCheck check, CardOutline outline) {
        return cut(checker, bytes, check, outline.corners(), CARD_WIDTH_MM, CARD_HEIGHT_MM);
    }

    /**
     * As {@link #cut(PhotoChecker, byte[], PhotoCheck, CardOutline)}, from the photo already decoded at full
     * resolution: the same pixels, without decoding the photo again. Takes no decode slot: the caller
     * holds the one it decoded {@code stored} in.
     *
     * @param stored the photo's stored pixels (before the EXIF turn), at full resolution
     */
    static BufferedImage cut(BufferedImage stored, PhotoCheck check, CardOutline outline) {
        List<ImagePoint> corners = outline.corners();
        return warpNow((region, subsampling) -> PickedBgr.of(stored, region, subsampling), check, corners,
                CARD_WIDTH_MM, CARD_HEIGHT_MM, readingPixelsPerMm(corners, CARD_WIDTH_MM, CARD_HEIGHT_MM), 0);
    }

    /**
     * As {@link #cut(PhotoChecker, byte[], PhotoCheck, CardOutline)}, with the stored photo's {@code centre}
     * (a rectangle of its stored pixels) copied from the same decode, the card's region grown to hold it,
     * when the card is cut at full resolution; a card cut subsampled (a large card in a large photo)
     * comes without it. Takes no decode slot: the caller holds one.
     */
    static CardAndCentre cutWithCentre(PhotoChecker checker, byte[] bytes, PhotoCheck check, CardOutline outline,
            Rectangle centre) {
        List<ImagePoint> corners = outline.corners();
        RegionWithCentre photo = new RegionWithCentre(checker, bytes, check, centre);
        BufferedImage card = warpNow(photo, check, corners, CARD_WIDTH_MM, CARD_HEIGHT_MM,
                readingPixelsPerMm(corners, CARD_WIDTH_MM, CARD_HEIGHT_MM), 0);
        return new CardAndCentre(card, photo.centre());
    }

    /** The card cut for reading and, when it could be taken from the same decode, the photo's centre. */
    record CardAndCentre(BufferedImage card, Optional<BufferedImage> centre) {
    }

    /**
     * Any flat rectangle of the photo cut out the same way: a slab's label, say.
     *
     * @param corners its corners in the upright full-size photo, clockwise from the top-left
     * @param widthMm its width where it lies, so it is cut at the same 12 to 20 px/mm as a card
     */
    static BufferedImage cut(PhotoChecker checker, byte[] bytes, PhotoCheck check, List<ImagePoint> corners,
            double widthMm, double heightMm) {
        return warp(checker, bytes, check, corners, widthMm, heightMm, readingPixelsPerMm(corners, widthMm, heightMm), 0);
    }

    /** What the photo gives, within {@link #MIN_PIXELS_PER_MM} and {@link #MAX_PIXELS_PER_MM}. */
    private static double readingPixelsPerMm(List<ImagePoint> corners, double widthMm, double heightMm) {
        return Math.max(MIN_PIXELS_PER_MM, Math.min(MAX_PIXELS_PER_MM, availablePixelsPerMm(corners, widthMm, heightMm)));
    }

    /**
     * A card of a photo that shows several, cut out with {@code marginShare} of its width and height of
     * its surroundings on each side (so an outline detector finds its edge), at the resolution the photo
     * gives it (never enlarged; at most {@link #MAX_PIXELS_PER_MM}).
     *
     * @param corners the card's corners in the upright full-size photo, clockwise from its top-left
     */
    static BufferedImage cutWithMargin(PhotoChecker checker, byte[] bytes, PhotoCheck check, List<ImagePoint> corners,
            double marginShare) {
        double pixelsPerMm = Math.min(MAX_PIXELS_PER_MM, availablePixelsPerMm(corners, CARD_WIDTH_MM, CARD_HEIGHT_MM));
        return warp(checker, bytes, check, corners, CARD_WIDTH_MM, CARD_HEIGHT_MM, pixelsPerMm, marginShare);
    }

    /** The photo's pixels per millimetre along the rectangle's better-resolved side. */
    private static double availablePixelsPerMm(List<ImagePoint> corners, double widthMm, double heightMm) {
        return Math.max(
                Math.max(corners.get(0).distanceTo(corners.get(1)), corners.get(3).distanceTo(corners.get(2))) / widthMm,
                Math.max(corners.get(0).distanceTo(corners.get(3)), corners.get(1).distanceTo(corners.get(2))) / heightMm);
    }

    /** The part of the photo decoded at full resolution is the largest raster of a card: one of a few at once. */
    private static BufferedImage warp(PhotoChecker checker, byte[] bytes, PhotoCheck check, List<ImagePoint> corners,
            double widthMm, double heightMm, double pixelsPerMm, double marginShare) {
        return checker.withDecodeSlot(() -> warpNow((region, subsampling) -> checker.decodeRegion(bytes, check, region,
                subsampling), check, corners, widthMm, heightMm, pixelsPerMm, marginShare));
    }

    /** The stored photo's pixels in a region, every {@code subsampling}-th one: decoded for it, or read in a decode. */
    private interface StoredRegion {
        Sampled read(Rectangle region, int subsampling);
    }

    /**
     * The card's region decoded at full resolution with the centre in it (the decoder reads every row
     * above a region's bottom anyway, so a centre above the card's bottom costs little more than its
     * copy), or subsampled without it.
     */
    private static final class RegionWithCentre implements StoredRegion {

        private final PhotoChecker checker;
        private final byte[] bytes;
        private final PhotoCheck check;
        private final Rectangle centre;
        private BufferedImage decoded;
        private Rectangle decodedArea;

        RegionWithCentre(PhotoChecker checker, byte[] bytes, PhotoCheck check, Rectangle centre) {
            this.checker = checker;
            this.bytes = bytes;
            this.check = check;
            this.centre = centre;
        }

        @Override
        public Sampled read(Rectangle region, int subsampling) {
            if (subsampling > 1) {
                return checker.decodeRegion(bytes, check, region, subsampling);
            }
            decodedArea = region.union(centre);
            decoded = checker.readRegion(bytes, check, decodedArea, 1);
            return PickedBgr.of(decoded, within(region), 1);
        }

        Optional<BufferedImage> centre() {
            return decoded == null ? Optional.empty() : Optional.of(RgbImage.picked(decoded, within(centre), 1).handedOver());
        }

        private Rectangle within(Rectangle part) {
            return new Rectangle(part.x - decodedArea.x, part.y - decodedArea.y, part.width, part.height);
        }
    }

    private static BufferedImage warpNow(StoredRegion photo, PhotoCheck check, List<ImagePoint> corners,
            double widthMm, double heightMm, double pixelsPerMm, double marginShare) {
        double available = availablePixelsPerMm(corners, widthMm, heightMm);
        int subsampling = Math.max(1, (int) Math.floor(available / pixelsPerMm));
        int width = (int) Math.round(widthMm * pixelsPerMm);
        int height = (int) Math.round(heightMm * pixelsPerMm);
        int marginX = (int) Math.round(width * marginShare);
        int marginY = (int) Math.round(height * marginShare);
        int outWidth = width + 2 * marginX;
        int outHeight = height + 2 * marginY;
        Homography toPhoto = Homography.mapping(List.of(new ImagePoint(marginX - 0.5, marginY - 0.5),
                new ImagePoint(marginX + width - 0.5, marginY - 0.5), new ImagePoint(marginX + width - 0.5, marginY + height - 0.5),
                new ImagePoint(marginX - 0.5, marginY + height - 0.5)), corners);

        List<ImagePoint> reach = List.of(toPhoto.apply(-0.5, -0.5), toPhoto.apply(outWidth - 0.5, -0.5),
                toPhoto.apply(outWidth - 0.5, outHeight - 0.5), toPhoto.apply(-0.5, outHeight - 0.5));
        List<ImagePoint> stored = reach.stream().map(corner -> toStored(corner, check)).toList();
        Rectangle region = bounds(stored, check.storedWidth(), check.storedHeight());
        Sampled part = photo.read(region, subsampling);

        int[] pixels = new int[outWidth * outHeight];
        ExifOrientation orientation = check.orientation();
        double lastX = check.storedWidth() - 1;
        double lastY = check.storedHeight() - 1;
        for (int v = 0; v < outHeight; v++) {
            for (int u = 0; u < outWidth; u++) {
                // coordinates one by one, not as points: two objects a pixel, a million pixels a card
                double x = toPhoto.applyX(u, v);
                double y = toPhoto.applyY(u, v);
                // decoded pixel i is the stored pixel region.x + i * s (subsampling picks, it does not average)
                pixels[v * outWidth + u] = part.sample((storedX(orientation, x, y, lastX) - region.x) / subsampling,
                        (storedY(orientation, x, y, lastY) - region.y) / subsampling);
            }
        }
        // the array is this method's own: handed over, not copied
        return new RgbImage(outWidth, outHeight, pixels).handedOver();
    }

    /** A point of the upright photo in the stored pixels, which the EXIF orientation turns upright. */
    static ImagePoint toStored(ImagePoint upright, PhotoCheck check) {
        return new ImagePoint(storedX(check.orientation(), upright.x(), upright.y(), check.storedWidth() - 1),
                storedY(check.orientation(), upright.x(), upright.y(), check.storedHeight() - 1));
    }

    /** {@link #toStored}'s x of the upright point (x, y); {@code lastX} is the stored photo's last column. */
    private static double storedX(ExifOrientation orientation, double x, double y, double lastX) {
        return switch (orientation) {
            case NORMAL, MIRROR_VERTICAL -> x;
            case MIRROR_HORIZONTAL, ROTATE_180 -> lastX - x;
            case TRANSPOSE, ROTATE_90_CLOCKWISE -> y;
            case TRANSVERSE, ROTATE_270_CLOCKWISE -> lastX - y;
        };
    }

    /** {@link #toStored}'s y of the upright point (x, y); {@code lastY} is the stored photo's last row. */
    private static double storedY(ExifOrientation orientation, double x, double y, double lastY) {
        return switch (orientation) {
            case NORMAL, MIRROR_HORIZONTAL -> y;
            case ROTATE_180, MIRROR_VERTICAL -> lastY - y;
            case TRANSPOSE, ROTATE_270_CLOCKWISE -> x;
            case ROTATE_90_CLOCKWISE, TRANSVERSE -> lastY - x;
        };
    }

    /** The stored pixels the corners enclose, with a pixel to spare for the interpolation, inside the photo. */
    private static Rectangle bounds(List<ImagePoint> points, int width, int height) {
        int left = (int) Math.floor(points.stream().mapToDouble(ImagePoint::x).min().orElseThrow()) - 2;
        int top = (int) Math.floor(points.stream().mapToDouble(ImagePoint::y).min().orElseThrow()) - 2;
        int right = (int) Math.ceil(points.stream().mapToDouble(ImagePoint::x).max().orElseThrow()) + 2;
        int bottom = (int) Math.ceil(points.stream().mapToDouble(ImagePoint::y).max().orElseThrow()) + 2;
        left = Math.max(0, left);
        top = Math.max(0, top);
        right = Math.min(width, right);
        bottom = Math.min(height, bottom);
        return new Rectangle(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
    }
}
