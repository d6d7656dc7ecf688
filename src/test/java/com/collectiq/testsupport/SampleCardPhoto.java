package com.collectiq.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the generated card photo the README's walkthrough uploads ({@code docs/sample-card.jpg}):
 * a Base Set Charizard layout drawn by the test renderer, not a picture of a real card.
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.collectiq.testsupport.SampleCardPhoto}
 */
public final class SampleCardPhoto {

    private SampleCardPhoto() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/sample-card.jpg");
        byte[] jpeg = CardRenderer.builder().frame(1600, 1200).cardShare(0.5).rotation(3).render().jpeg(0.85f);
        Files.write(target, jpeg);
        System.out.println("wrote " + target + " (" + jpeg.length + " bytes)");
    }
}
