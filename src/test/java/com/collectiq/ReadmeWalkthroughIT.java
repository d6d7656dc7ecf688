package com.collectiq;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.collectiq.testsupport.ServiceProcess;

/**
 * The README's "Try it" walkthrough, run as written (bash and curl) against the packaged jar in
 * {@code local} mode on a fresh data directory: the upload alone starts the valuation, and the
 * card is VALUED within the walkthrough's own 30 one-second polls.
 */
class ReadmeWalkthroughIT {

    @Test
    void theWalkthroughValuesTheSampleCard(@TempDir Path dataDir) throws Exception {
        try (ServiceProcess service = ServiceProcess.local("readme-walkthrough", dataDir).build()
                .start(Duration.ofSeconds(120))) {
            String script = tryItScript().replace("localhost:8080", service.baseUrl().replace("http://", ""));

            long started = System.nanoTime();
            Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
            assertThat(bash.waitFor(120, TimeUnit.SECONDS)).as("the walkthrough finished").isTrue();
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            List<String> statuses = output.lines().filter(line -> line.matches("[A-Z]+")).toList();
            System.out.printf("README walkthrough: %d ms in all; statuses polled once a second: %s%n", millis, statuses);
            assertThat(statuses).as(output).isNotEmpty();
            assertThat(statuses.get(statuses.size() - 1)).as(output).isEqualTo("VALUED");
            assertThat(output).as("conditional GET answers 304").contains("\n304\n");
            assertThat(output).as("delete answers 204").contains("\n204\n");
            assertThat(output).contains("\"status\":\"VALUED\"").doesNotContain("\"status\":500");
        }
    }

    /** The bash block under the README's "Try it" heading. */
    private static String tryItScript() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## Try it");
        int start = readme.indexOf("```bash\n", section) + "```bash\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }
}
