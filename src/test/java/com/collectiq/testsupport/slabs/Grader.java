package com.collectiq.testsupport.slabs;

import java.util.Random;
import java.util.regex.Pattern;

/**
 * The grading companies whose slabs are drawn, with what is public about them: the name their label
 * prints (in plain type, no logo), the outside size of their case, and the shape of their certificate
 * numbers. This is the one place the certificate formats live.
 */
public enum Grader {
    /** Cert numbers: 8 digits on older slabs, 9 digits (from 100 000 000) on newer ones. */
    PSA("PSA", 84, 136, "\\d{8}|1\\d{8}"),
    /** Beckett's serial numbers: 10 digits, mostly with leading zeros. */
    BGS("BECKETT", 89, 138, "\\d{10}"),
    /** CGC Cards: 10 digits. */
    CGC("CGC", 89, 137, "\\d{10}"),
    /** SGC: 7 or 8 digits on older slabs, 10 digits on newer ones. */
    SGC("SGC", 89, 136, "\\d{7,8}|\\d{10}"),
    /** TAG: one capital letter and 7 digits. */
    TAG("TAG", 88, 138, "[A-Z]\\d{7}"),
    /** ACE: 8 digits. */
    ACE("ACE", 89, 137, "\\d{8}");

    private final String printedName;
    private final double widthMm;
    private final double heightMm;
    private final Pattern certFormat;

    Grader(String printedName, double widthMm, double heightMm, String certFormat) {
        this.printedName = printedName;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.certFormat = Pattern.compile(certFormat);
    }

    /** The grader's name as its label prints it, in plain type. */
    public String printedName() {
        return printedName;
    }

    /** The case's outside width. */
    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    /** Whether a number has the shape of this grader's certificate numbers. */
    public boolean isCertNumber(String number) {
        return number != null && certFormat.matcher(number).matches();
    }

    /** A certificate number in this grader's format. */
    String newCertNumber(Random random) {
        return switch (this) {
            case PSA -> random.nextInt(3) == 0
                    ? String.valueOf(100_000_000 + random.nextInt(40_000_000))
                    : String.valueOf(10_000_000 + random.nextInt(90_000_000));
            case BGS -> random.nextInt(5) == 0
                    ? String.format("%010d", 100_000_000L + random.nextInt(900_000_000))
                    : String.format("%010d", 1_000_000L + random.nextInt(99_000_000));
            case CGC -> String.valueOf(1_000_000_000L + (long) (random.nextDouble() * 8_999_999_999L));
            case SGC -> switch (random.nextInt(3)) {
                case 0 -> String.valueOf(1_000_000 + random.nextInt(9_000_000));
                case 1 -> String.valueOf(10_000_000 + random.nextInt(90_000_000));
                default -> String.valueOf(1_000_000_000L + (long) (random.nextDouble() * 8_999_999_999L));
            };
            case TAG -> (char) ('A' + random.nextInt(26)) + String.format("%07d", random.nextInt(10_000_000));
            case ACE -> String.format("%08d", random.nextInt(100_000_000));
        };
    }
}
