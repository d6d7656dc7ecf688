package com.collectiq.extraction.tesseract;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A turn of the card by a multiple of 90° clockwise. A card photographed upside down or sideways
 * reads as noise to Tesseract, which reads only upright text: the reader turns the card and reads
 * it again when the text's confidence says it was not upright.
 */
enum QuarterTurn {
    NONE(0), HALF(2), CLOCKWISE(1), ANTICLOCKWISE(3);

    final int quarters;

    QuarterTurn(int quarters) {
        this.quarters = quarters;
    }

    int degrees() {
        return quarters * 90;
    }

    /** {@code grey} (an 8-bit grey image) turned; the same image for {@link #NONE}. */
    BufferedImage apply(BufferedImage grey) {
        if (this == NONE) {
            return grey;
        }
        int width = grey.getWidth();
        int height = grey.getHeight();
        boolean swaps = quarters % 2 == 1;
        int outWidth = swaps ? height : width;
        int outHeight = swaps ? width : height;
        byte[] in = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        BufferedImage turned = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) turned.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                int source = switch (quarters) {
                    case 1 -> (height - 1 - x) * width + y;           // clockwise: out(x, y) = in(y, h-1-x)
                    case 2 -> (height - 1 - y) * width + (width - 1 - x);
                    default -> x * width + (width - 1 - y);          // anticlockwise: out(x, y) = in(w-1-y, x)
                };
                out[y * outWidth + x] = in[source];
            }
        }
        return turned;
    }
}
