package com.collectiq.vision;

import java.util.List;

/**
 * Where a graded card's slab has its label: the region in the upright full-size photo, corners
 * clockwise from the top-left as the label reads, and its size on the slab.
 *
 * @param corners four corners, clockwise from the label's top-left
 * @param widthMm the region's width on the slab
 * @param heightMm the region's height on the slab
 */
public record SlabLabel(List<ImagePoint> corners, double widthMm, double heightMm) {

    public SlabLabel {
        corners = List.copyOf(corners);
        if (corners.size() != 4) {
            throw new IllegalArgumentException("a label region has four corners, not " + corners.size());
        }
    }

    SlabLabel scaled(double factor) {
        return new SlabLabel(corners.stream().map(corner -> corner.scaled(factor)).toList(), widthMm, heightMm);
    }
}
