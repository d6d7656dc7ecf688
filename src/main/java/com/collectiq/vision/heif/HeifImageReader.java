package com.collectiq.vision.heif;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOException;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the primary image of a HEIC file as its stored pixels: the tiles of a grid composed and
 * cropped to the clean aperture, before the file's turns ({@code irot}/{@code imir}, see {@link HeifTurn}), as an EXIF-carrying JPEG reader
 * returns pixels before the EXIF turn. The size comes from the boxes alone; a region or a subsampling
 * decodes only the tiles it touches.
 */
final class HeifImageReader extends ImageReader {

    private HeifImage image;

    HeifImageReader(HeifImageReaderSpi provider) {
        super(provider);
    }

    @Override
    public void setInput(Object input, boolean seekForwardOnly, boolean ignoreMetadata) {
        super.setInput(input, seekForwardOnly, ignoreMetadata);
        image = null;
    }

    @Override
    public int getNumImages(boolean allowSearch) {
        return 1;
    }

    @Override
    public int getWidth(int imageIndex) throws IOException {
        return image(imageIndex).crop().width();
    }

    @Override
    public int getHeight(int imageIndex) throws IOException {
        return image(imageIndex).crop().height();
    }

    @Override
    public Iterator<ImageTypeSpecifier> getImageTypes(int imageIndex) {
        return List.of(ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_3BYTE_BGR)).iterator();
    }

    @Override
    public IIOMetadata getStreamMetadata() {
        return null;
    }

    @Override
    public IIOMetadata getImageMetadata(int imageIndex) {
        return null;
    }

    @Override
    public BufferedImage read(int imageIndex, ImageReadParam param) throws IOException {
        HeifImage heif = image(imageIndex);
        ImageReadParam wanted = param != null ? param : getDefaultReadParam();
        HeifImage.Crop crop = heif.crop();
        Rectangle shown = new Rectangle(crop.width(), crop.height());
        Rectangle region = wanted.getSourceRegion() != null ? wanted.getSourceRegion().intersection(shown) : shown;
        if (region.isEmpty()) {
            throw new IIOException("the source region lies outside the " + crop.width() + " × " + crop.height() + " image");
        }
        region.translate(crop.x(), crop.y()); // into the composed image's pixels
        try {
            return TileComposer.compose(heif, region, wanted.getSourceXSubsampling(), wanted.getSourceYSubsampling());
        } catch (HeifFormatException undecodable) {
            throw new IIOException("HEIC: " + undecodable.getMessage(), undecodable);
        }
    }

    private HeifImage image(int imageIndex) throws IOException {
        if (imageIndex != 0) {
            throw new IndexOutOfBoundsException("a HEIC photo has one primary image; asked for " + imageIndex);
        }
        if (image == null) {
            if (!(getInput() instanceof ImageInputStream stream)) {
                throw new IllegalStateException("no input set");
            }
            try {
                image = HeifContainer.parse(readAll(stream));
            } catch (HeifFormatException malformed) {
                throw new IIOException("HEIC: " + malformed.getMessage(), malformed);
            }
        }
        return image;
    }

    private static byte[] readAll(ImageInputStream stream) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int read = stream.read(buffer); read >= 0; read = stream.read(buffer)) {
            bytes.write(buffer, 0, read);
        }
        return bytes.toByteArray();
    }

    /** Puts decoded tiles where the grid places them, keeping only the region's sampled pixels. */
    static final class TileComposer {

        private TileComposer() {
        }

        static BufferedImage compose(HeifImage heif, Rectangle region, int stepX, int stepY) {
            int width = (region.width + stepX - 1) / stepX;
            int height = (region.height + stepY - 1) / stepY;
            BufferedImage composed = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            byte[] target = ((DataBufferByte) composed.getRaster().getDataBuffer()).getData();
            HeifImage.Tile first = heif.tiles().get(0);
            int tileWidth = first.width();
            int tileHeight = first.height();
            for (int row = 0; row < heif.rows(); row++) {
                for (int column = 0; column < heif.columns(); column++) {
                    Rectangle placed = new Rectangle(column * tileWidth, row * tileHeight, tileWidth, tileHeight);
                    if (placed.intersects(region)) {
                        HeifImage.Tile tile = heif.tiles().get(row * heif.columns() + column);
                        if (tile.width() != tileWidth || tile.height() != tileHeight) {
                            throw new HeifFormatException("the grid's tiles differ in size");
                        }
                        copy(HevcDecoder.decodeBgr(tile, heif.colour()), placed, region, stepX, stepY, target, width);
                    }
                }
            }
            return composed;
        }

        /** Copies the tile's pixels that fall on the sampling lattice of the region. */
        private static void copy(byte[] tile, Rectangle placed, Rectangle region, int stepX, int stepY, byte[] target,
                int targetWidth) {
            Rectangle overlap = placed.intersection(region);
            int firstX = region.x + ceilToStep(overlap.x - region.x, stepX);
            int firstY = region.y + ceilToStep(overlap.y - region.y, stepY);
            for (int y = firstY; y < overlap.y + overlap.height; y += stepY) {
                int sourceRow = ((y - placed.y) * placed.width) * 3;
                int targetRow = ((y - region.y) / stepY) * targetWidth * 3;
                for (int x = firstX; x < overlap.x + overlap.width; x += stepX) {
                    int source = sourceRow + (x - placed.x) * 3;
                    int destination = targetRow + ((x - region.x) / stepX) * 3;
                    target[destination] = tile[source];
                    target[destination + 1] = tile[source + 1];
                    target[destination + 2] = tile[source + 2];
                }
            }
        }

        private static int ceilToStep(int offset, int step) {
            return (offset + step - 1) / step * step;
        }
    }
}
