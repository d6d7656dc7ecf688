package com.collectiq.extraction.tesseract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Tesseract's English model ({@code eng.traineddata}) lives inside a jar on the class path, but the
 * engine reads it only from a directory: this copies it out once. A copy of the right size is kept,
 * so a restart does not rewrite 4 MB.
 */
final class EnglishModel {

    static final String LANGUAGE = "eng";
    private static final String RESOURCE = "tessdata/" + LANGUAGE + ".traineddata";

    private EnglishModel() {
    }

    /** Makes sure {@code directory} holds the model; returns the directory for {@code TessBaseAPI.Init}. */
    static Path installInto(Path directory) {
        Path target = directory.resolve(LANGUAGE + ".traineddata");
        try (InputStream model = EnglishModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (model == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path (the tess4j jar carries it)");
            }
            long size = resourceSize();
            if (Files.isRegularFile(target) && Files.size(target) == size) {
                return directory;
            }
            Files.createDirectories(directory);
            // copy beside the target and move it in, so a crash never leaves a half-written model behind
            Path partial = Files.createTempFile(directory, LANGUAGE, ".partial");
            try {
                Files.copy(model, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("could not install the OCR model into " + directory, e);
        }
    }

    private static long resourceSize() throws IOException {
        var connection = EnglishModel.class.getClassLoader().getResource(RESOURCE).openConnection();
        connection.setUseCaches(false);
        return connection.getContentLengthLong();
    }
}
