package com.collectiq.testsupport.slabs;

/** One grader's label layout, drawn in the label's millimetres (0, 0 at its top left). */
interface LabelArt {

    void draw(LabelPen pen, SlabLabel label, double width, double height);

    /** Where the certificate number is printed, so glare over it can be judged without the drawing. */
    TextSpot cert(SlabLabel label, double width, double height);

    static LabelArt of(Grader grader) {
        return switch (grader) {
            case PSA -> new PsaLabel();
            case BGS -> new BgsLabel();
            case CGC -> new CgcLabel();
            case SGC -> new SgcLabel();
            case TAG -> new TagLabel();
            case ACE -> new AceLabel();
        };
    }
}
