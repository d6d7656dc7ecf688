package com.collectiq.vision.heif;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a HEIF file (ISO/IEC 23008-12, an ISO base media file) a still photo needs: the
 * primary item, its HEVC tiles and how they are laid out, its size as declared and how it is turned.
 * Only boxes are read here, never the coded pixels, so a file's size is known before anything is
 * decoded. A structure this reader does not follow is an {@link HeifFormatException}.
 */
final class HeifContainer {

    /** Tiles a grid may have: a 48 MP photo in 512 × 512 tiles needs about 190. */
    private static final int MAX_TILES = 1024;

    private HeifContainer() {
    }

    /** Reads the primary image's layout from the file's boxes. */
    static HeifImage parse(byte[] file) {
        try {
            Box meta = Box.children(ByteBuffer.wrap(file)).stream()
                    .filter(box -> box.type().equals("meta")).findFirst()
                    .orElseThrow(() -> new HeifFormatException("no meta box"));
            return new Items(file, meta.fullBoxContent()).primaryImage();
        } catch (RuntimeException malformed) {
            if (malformed instanceof HeifFormatException known) {
                throw known;
            }
            throw new HeifFormatException("malformed boxes (" + malformed + ")");
        }
    }

    /** The items of the {@code meta} box, their properties, locations and references. */
    private static final class Items {
        private final byte[] file;
        private final Map<Integer, String> types = new HashMap<>();
        private final Map<Integer, List<Extent>> locations = new HashMap<>();
        private final Map<Integer, List<Integer>> derivedFrom = new HashMap<>();
        private final List<Box> properties = new ArrayList<>();
        private final Map<Integer, List<Integer>> associations = new HashMap<>();
        private ByteBuffer itemData = ByteBuffer.allocate(0);
        private int primary = -1;

        Items(byte[] file, ByteBuffer meta) {
            this.file = file;
            for (Box box : Box.children(meta)) {
                switch (box.type()) {
                    case "pitm" -> readPrimary(box);
                    case "iinf" -> readInfos(box);
                    case "iloc" -> readLocations(box);
                    case "iref" -> readReferences(box);
                    case "iprp" -> readProperties(box);
                    case "idat" -> itemData = box.content();
                    default -> { // hdlr, dinf, grpl and the like say nothing about the pixels
                    }
                }
            }
        }

        HeifImage primaryImage() {
            String type = types.get(primary);
            if (type == null) {
                throw new HeifFormatException("the primary item " + primary + " is not described");
            }
            Size declared = size(primary);
            List<HeifImage.Transform> transforms = transforms(primary);
            HeifImage composed = switch (type) {
                case "hvc1" -> new HeifImage(declared.width(), declared.height(), 1, 1,
                        List.of(tile(primary)), transforms, colour(primary), HeifImage.Crop.whole(declared.width(), declared.height()));
                case "grid" -> grid(declared, transforms);
                default -> throw new HeifFormatException("the primary item is '" + type + "', not an HEVC image or grid");
            };
            return composed.cropped(crop(primary, composed.width(), composed.height()));
        }

        private HeifImage grid(Size declared, List<HeifImage.Transform> transforms) {
            ByteBuffer descriptor = data(primary);
            descriptor.get(); // version 0
            boolean wide = (descriptor.get() & 1) != 0;
            int rows = (descriptor.get() & 0xFF) + 1;
            int columns = (descriptor.get() & 0xFF) + 1;
            int width = wide ? descriptor.getInt() : Short.toUnsignedInt(descriptor.getShort());
            int height = wide ? descriptor.getInt() : Short.toUnsignedInt(descriptor.getShort());
            List<Integer> tileIds = derivedFrom.getOrDefault(primary, List.of());
            if (rows * columns != tileIds.size() || tileIds.size() > MAX_TILES) {
                throw new HeifFormatException("a " + rows + " × " + columns + " grid with " + tileIds.size() + " tiles");
            }
            if (width <= 0 || height <= 0 || (declared.width() > 0 && (declared.width() != width || declared.height() != height))) {
                throw new HeifFormatException("the grid's size " + width + " × " + height + " disagrees with its ispe");
            }
            List<HeifImage.Tile> tiles = tileIds.stream().map(this::tile).toList();
            refuseTilesLargerThanTheGrid(tiles, rows, columns, width, height);
            return new HeifImage(width, height, rows, columns, tiles, transforms, colour(tileIds.get(0)),
                    HeifImage.Crop.whole(width, height));
        }

        /**
         * The grid's size is what the photo checks hold against their pixel limit, so the tiles may
         * not decode to much more: they cover the grid with less than one tile to spare on each axis
         * (the layout ISO/IEC 23008-12 describes), and none is over twice the grid's area (a
         * one-tile grid, as libheif writes odd sizes, is a pixel larger than what it shows).
         */
        private static void refuseTilesLargerThanTheGrid(List<HeifImage.Tile> tiles, int rows, int columns, int width,
                int height) {
            HeifImage.Tile first = tiles.get(0);
            long across = (long) columns * first.width();
            long down = (long) rows * first.height();
            boolean covers = across >= width && down >= height;
            boolean spare = across < (long) width + first.width() && down < (long) height + first.height();
            boolean bounded = (long) first.width() * first.height() <= 2L * width * height;
            if (!covers || !spare || !bounded) {
                throw new HeifFormatException("tiles of " + first.width() + " × " + first.height() + " in a " + rows
                        + " × " + columns + " grid do not lay out a " + width + " × " + height + " image");
            }
        }

        private HeifImage.Tile tile(int item) {
            if (!"hvc1".equals(types.get(item))) {
                throw new HeifFormatException("tile " + item + " is '" + types.get(item) + "', not HEVC");
            }
            Size size = size(item);
            if (size.width() <= 0 || size.height() <= 0) {
                throw new HeifFormatException("tile " + item + " declares no size");
            }
            Box config = property(item, "hvcC");
            if (config == null) {
                throw new HeifFormatException("tile " + item + " has no HEVC configuration");
            }
            ByteBuffer coded = data(item);
            byte[] bytes = new byte[coded.remaining()];
            coded.get(bytes);
            return new HeifImage.Tile(size.width(), size.height(), bytes(config.content()), bytes);
        }

        private Size size(int item) {
            Box ispe = property(item, "ispe");
            if (ispe == null) {
                return new Size(0, 0);
            }
            ByteBuffer content = ispe.fullBoxContent();
            return new Size(content.getInt(), content.getInt());
        }

        /** The turns and mirrors in the order the item lists them, which is the order to apply them. */
        private List<HeifImage.Transform> transforms(int item) {
            List<HeifImage.Transform> transforms = new ArrayList<>();
            for (Box property : propertiesOf(item)) {
                switch (property.type()) {
                    case "irot" -> transforms.add(HeifImage.Transform.rotation(property.content().get() & 3));
                    case "imir" -> transforms.add(HeifImage.Transform.mirror(property.content().get() & 1));
                    case "clap" -> {
                        if (!transforms.isEmpty()) {
                            throw new HeifFormatException("a clean-aperture crop after a turn");
                        }
                    }
                    default -> {
                    }
                }
            }
            return List.copyOf(transforms);
        }

        /**
         * The clean aperture ({@code clap}): a centred window given as fractions, as libheif rounds
         * it (width rounded, left edge rounded down); the whole image when there is none.
         */
        private HeifImage.Crop crop(int item, int width, int height) {
            Box clap = property(item, "clap");
            if (clap == null) {
                return HeifImage.Crop.whole(width, height);
            }
            ByteBuffer content = clap.content();
            double cropWidth = fraction(Integer.toUnsignedLong(content.getInt()), content.getInt());
            double cropHeight = fraction(Integer.toUnsignedLong(content.getInt()), content.getInt());
            double horizontalOffset = fraction(content.getInt(), content.getInt());
            double verticalOffset = fraction(content.getInt(), content.getInt());
            int croppedWidth = (int) Math.round(cropWidth);
            int croppedHeight = (int) Math.round(cropHeight);
            int left = (int) Math.floor(horizontalOffset + (width - 1) / 2.0 - (cropWidth - 1) / 2.0);
            int top = (int) Math.floor(verticalOffset + (height - 1) / 2.0 - (cropHeight - 1) / 2.0);
            if (croppedWidth <= 0 || croppedHeight <= 0 || left < 0 || top < 0
                    || left + croppedWidth > width || top + croppedHeight > height) {
                throw new HeifFormatException("the clean aperture lies outside the " + width + " × " + height + " image");
            }
            return new HeifImage.Crop(left, top, croppedWidth, croppedHeight);
        }

        private static double fraction(long numerator, int denominator) {
            if (denominator == 0) {
                throw new HeifFormatException("a clean aperture divided by zero");
            }
            return numerator / (double) Integer.toUnsignedLong(denominator);
        }

        /** The nclx colour description, when the file gives one: it overrides the bitstream's. */
        private HeifImage.Colour colour(int item) {
            for (Box property : propertiesOf(item)) {
                if (property.type().equals("colr")) {
                    ByteBuffer content = property.content();
                    String kind = fourCc(content);
                    if (kind.equals("nclx")) {
                        content.getShort(); // colour primaries
                        content.getShort(); // transfer characteristics
                        int matrix = Short.toUnsignedInt(content.getShort());
                        boolean fullRange = (content.get() & 0x80) != 0;
                        return new HeifImage.Colour(matrix, fullRange);
                    }
                }
            }
            return HeifImage.Colour.FROM_BITSTREAM;
        }

        private Box property(int item, String type) {
            return propertiesOf(item).stream().filter(box -> box.type().equals(type)).findFirst().orElse(null);
        }

        private List<Box> propertiesOf(int item) {
            return associations.getOrDefault(item, List.of()).stream()
                    .filter(index -> index >= 1 && index <= properties.size())
                    .map(index -> properties.get(index - 1))
                    .toList();
        }

        private ByteBuffer data(int item) {
            List<Extent> extents = locations.get(item);
            if (extents == null || extents.isEmpty()) {
                throw new HeifFormatException("item " + item + " has no data");
            }
            long total = extents.stream().mapToLong(Extent::length).sum();
            if (total > file.length) {
                throw new HeifFormatException("item " + item + " claims " + total + " bytes, more than the file");
            }
            ByteBuffer joined = ByteBuffer.allocate((int) total);
            for (Extent extent : extents) {
                ByteBuffer source = extent.inItemData() ? itemData.duplicate() : ByteBuffer.wrap(file);
                if (extent.offset() < 0 || extent.offset() + extent.length() > source.limit()) {
                    throw new HeifFormatException("item " + item + "'s data lies outside the file");
                }
                joined.put(source.position((int) extent.offset()).limit((int) (extent.offset() + extent.length())));
            }
            return joined.flip();
        }

        private void readPrimary(Box pitm) {
            ByteBuffer content = pitm.fullBoxContent();
            primary = pitm.version() == 0 ? Short.toUnsignedInt(content.getShort()) : content.getInt();
        }

        private void readInfos(Box iinf) {
            ByteBuffer content = iinf.fullBoxContent();
            if (iinf.version() == 0) {
                content.getShort();
            } else {
                content.getInt();
            }
            for (Box infe : Box.children(content)) {
                if (infe.type().equals("infe") && infe.version() >= 2) {
                    ByteBuffer entry = infe.fullBoxContent();
                    int id = infe.version() == 2 ? Short.toUnsignedInt(entry.getShort()) : entry.getInt();
                    entry.getShort(); // protection index
                    types.put(id, fourCc(entry));
                }
            }
        }

        private void readLocations(Box iloc) {
            ByteBuffer content = iloc.fullBoxContent();
            int version = iloc.version();
            int sizes = Short.toUnsignedInt(content.getShort());
            int offsetSize = sizes >> 12;
            int lengthSize = (sizes >> 8) & 0xF;
            int baseOffsetSize = (sizes >> 4) & 0xF;
            int indexSize = version >= 1 ? sizes & 0xF : 0;
            int count = version < 2 ? Short.toUnsignedInt(content.getShort()) : content.getInt();
            for (int i = 0; i < count; i++) {
                int id = version < 2 ? Short.toUnsignedInt(content.getShort()) : content.getInt();
                int construction = version >= 1 ? content.getShort() & 0xF : 0;
                content.getShort(); // data reference index: 0, this file
                long base = unsigned(content, baseOffsetSize);
                int extentCount = Short.toUnsignedInt(content.getShort());
                List<Extent> extents = new ArrayList<>();
                for (int e = 0; e < extentCount; e++) {
                    unsigned(content, indexSize);
                    long offset = base + unsigned(content, offsetSize);
                    long length = unsigned(content, lengthSize);
                    if (construction > 1) {
                        throw new HeifFormatException("item " + id + " is built by construction method " + construction);
                    }
                    extents.add(new Extent(construction == 1, offset, length));
                }
                locations.put(id, extents);
            }
        }

        private void readReferences(Box iref) {
            ByteBuffer content = iref.fullBoxContent();
            for (Box reference : Box.children(content)) {
                if (!reference.type().equals("dimg")) {
                    continue;
                }
                ByteBuffer entry = reference.content();
                int from = iref.version() == 0 ? Short.toUnsignedInt(entry.getShort()) : entry.getInt();
                int count = Short.toUnsignedInt(entry.getShort());
                List<Integer> to = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    to.add(iref.version() == 0 ? Short.toUnsignedInt(entry.getShort()) : entry.getInt());
                }
                derivedFrom.put(from, List.copyOf(to));
            }
        }

        private void readProperties(Box iprp) {
            for (Box child : Box.children(iprp.content())) {
                if (child.type().equals("ipco")) {
                    properties.addAll(Box.children(child.content()));
                } else if (child.type().equals("ipma")) {
                    readAssociations(child);
                }
            }
        }

        private void readAssociations(Box ipma) {
            ByteBuffer content = ipma.fullBoxContent();
            boolean wideIndex = (ipma.flags() & 1) != 0;
            int entries = content.getInt();
            for (int i = 0; i < entries; i++) {
                int id = ipma.version() < 1 ? Short.toUnsignedInt(content.getShort()) : content.getInt();
                int count = content.get() & 0xFF;
                List<Integer> indexes = new ArrayList<>();
                for (int a = 0; a < count; a++) {
                    indexes.add(wideIndex ? content.getShort() & 0x7FFF : content.get() & 0x7F);
                }
                associations.put(id, List.copyOf(indexes));
            }
        }
    }

    private static long unsigned(ByteBuffer buffer, int size) {
        return switch (size) {
            case 0 -> 0;
            case 4 -> Integer.toUnsignedLong(buffer.getInt());
            case 8 -> buffer.getLong();
            default -> throw new HeifFormatException("a field of " + size + " bytes in iloc");
        };
    }

    private static String fourCc(ByteBuffer buffer) {
        byte[] code = new byte[4];
        buffer.get(code);
        return new String(code, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private record Size(int width, int height) {
    }

    private record Extent(boolean inItemData, long offset, long length) {
    }

    /** One box: its four-letter type and its payload after the header. */
    private record Box(String type, ByteBuffer payload) {

        static List<Box> children(ByteBuffer parent) {
            ByteBuffer buffer = parent.slice();
            List<Box> boxes = new ArrayList<>();
            while (buffer.remaining() >= 8) {
                int start = buffer.position();
                long size = Integer.toUnsignedLong(buffer.getInt());
                String type = fourCc(buffer);
                if (size == 1) {
                    size = buffer.getLong();
                } else if (size == 0) {
                    size = buffer.limit() - start;
                }
                int header = buffer.position() - start;
                if (size < header || start + size > buffer.limit()) {
                    throw new HeifFormatException("box '" + type + "' runs past its parent");
                }
                boxes.add(new Box(type, buffer.slice(buffer.position(), (int) size - header)));
                buffer.position((int) (start + size));
            }
            return boxes;
        }

        ByteBuffer content() {
            return payload.duplicate();
        }

        int version() {
            return payload.get(0) & 0xFF;
        }

        int flags() {
            return payload.getInt(0) & 0xFFFFFF;
        }

        /** The payload after a full box's version and flags. */
        ByteBuffer fullBoxContent() {
            return payload.slice(4, payload.limit() - 4);
        }
    }
}
