package com.collectiq.vision;

/**
 * A straight line {@code x·cos(theta) + y·sin(theta) = rho}; theta is the direction of its normal,
 * in radians.
 */
record Line(double theta, double rho) {

    static Line through(double px, double py, double normalX, double normalY) {
        double length = Math.hypot(normalX, normalY);
        double nx = normalX / length;
        double ny = normalY / length;
        return new Line(Math.atan2(ny, nx), px * nx + py * ny);
    }

    double normalX() {
        return Math.cos(theta);
    }

    double normalY() {
        return Math.sin(theta);
    }

    /** Signed distance of a point from the line, along its normal. */
    double distance(double x, double y) {
        return x * normalX() + y * normalY() - rho;
    }

    /** The crossing point, or null for lines too close to parallel to cross meaningfully. */
    ImagePoint intersect(Line other) {
        double a1 = normalX();
        double b1 = normalY();
        double a2 = other.normalX();
        double b2 = other.normalY();
        double determinant = a1 * b2 - a2 * b1;
        if (Math.abs(determinant) < 1e-6) {
            return null;
        }
        return new ImagePoint((rho * b2 - other.rho * b1) / determinant, (a1 * other.rho - a2 * rho) / determinant);
    }

    /** The acute angle between the two lines, 0..π/2. */
    double angleTo(Line other) {
        double difference = Math.abs(theta - other.theta) % Math.PI;
        return Math.min(difference, Math.PI - difference);
    }

    Line scaled(double factor) {
        return new Line(theta, rho * factor);
    }
}
