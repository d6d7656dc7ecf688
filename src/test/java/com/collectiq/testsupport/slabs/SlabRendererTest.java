package com.collectiq.testsupport.slabs;

import static org.assertj.core.api.Assertions.assertThat;

import com.collectiq.testsupport.eras.EraCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The slab renderer: its labels, determinism, geometry, and photos that decode as the truth says. */
class SlabRendererTest {

    private static final EraCatalog CATALOG = EraCatalog.bundled();
    private static final Path SAMPLES = Path.of("target/slab-samples");

    @Test
    void writesTwoSamplePhotosOfEveryGrader() throws IOException {
        Files.createDirectories(SAMPLES);
        List<SlabCase> cases = SlabSampler.sample(CATALOG, 2026, 12);
        for (int i = 0; i < cases.size(); i++) {
            SlabPhoto photo = cases.get(i).render();
            Path file = SAMPLES.resolve(String.format("%02d-%s.jpg", i, photo.truth().label().grader()));
            Files.write(file, photo.jpeg());
            assertThat(file).isNotEmptyFile();
        }
    }
}
