package com.collectiq.vision.heif;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;

/**
 * Registers the HEIC reader with ImageIO (through {@code META-INF/services}), under the format names
 * the service looks readers up by, beside the TwelveMonkeys plug-ins for WebP and JPEG variants.
 */
public final class HeifImageReaderSpi extends ImageReaderSpi {

    /** ISO-BMFF major brands of HEVC-coded HEIF stills, as phones and libheif write them. */
    private static final Set<String> BRANDS = Set.of("heic", "heix", "heim", "heis", "mif1");

    public HeifImageReaderSpi() {
        super("CollectIQ", "1", new String[] {"heic", "heif", "HEIC", "HEIF"}, new String[] {"heic", "heif"},
                new String[] {"image/heic", "image/heif"}, HeifImageReader.class.getName(),
                new Class<?>[] {ImageInputStream.class}, null, false, null, null, null, null, false, null, null,
                null, null);
    }

    @Override
    public boolean canDecodeInput(Object source) throws IOException {
        if (!(source instanceof ImageInputStream stream)) {
            return false;
        }
        byte[] header = new byte[12];
        stream.mark();
        try {
            stream.readFully(header);
        } catch (IOException tooShort) {
            return false;
        } finally {
            stream.reset();
        }
        String box = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
        String brand = new String(header, 8, 4, StandardCharsets.ISO_8859_1);
        return box.equals("ftyp") && BRANDS.contains(brand);
    }

    @Override
    public ImageReader createReaderInstance(Object extension) {
        return new HeifImageReader(this);
    }

    @Override
    public String getDescription(Locale locale) {
        return "HEIC (HEVC in HEIF) still images, single or grid, decoded by FFmpeg";
    }
}
