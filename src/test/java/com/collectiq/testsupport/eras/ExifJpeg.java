package com.collectiq.testsupport.eras;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * JPEG encoding at a chosen quality with an EXIF APP1 segment holding the Orientation tag, written
 * through ImageIO's JPEG metadata (an APP1 "unknown" marker in place of the JFIF header), as phones write it.
 */
public final class ExifJpeg {

    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";
    private static final int APP1 = 0xE1;
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifJpeg() {
    }

    public static byte[] encode(BufferedImage rgb, int quality, int orientation) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), param);
            withExif(metadata, orientation);
            writer.setOutput(out);
            writer.write(null, new IIOImage(rgb, null, metadata), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /** The EXIF payload of an APP1 segment: "Exif\0\0", a big-endian TIFF header and one IFD with the tag. */
    static byte[] exifPayload(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4);
        tiff.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) ORIENTATION_TAG).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        return tiff.array();
    }

    private static void withExif(IIOMetadata metadata, int orientation) throws IIOInvalidTreeException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(JPEG_METADATA);
        IIOMetadataNode variety = (IIOMetadataNode) root.getElementsByTagName("JPEGvariety").item(0);
        while (variety.getFirstChild() != null) {
            variety.removeChild(variety.getFirstChild());
        }
        IIOMetadataNode markers = (IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0);
        IIOMetadataNode exif = new IIOMetadataNode("unknown");
        exif.setAttribute("MarkerTag", String.valueOf(APP1));
        exif.setUserObject(exifPayload(orientation));
        markers.insertBefore(exif, markers.getFirstChild());
        metadata.setFromTree(JPEG_METADATA, root);
    }
}
