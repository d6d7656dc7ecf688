package com.collectiq.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.collectiq.testsupport.ServiceProcess;

/**
 * {@code java -jar} in {@code local} mode on a fresh data directory, to the first 200 on
 * {@code /healthz}, {@code bench.starts} (5) times: wall time, CPU the process used to get there,
 * and its resident memory once healthy. Each start gets a new data directory, as a first run does.
 */
class StartupBench {

    private static final int STARTS = Integer.getInteger("bench.starts", 5);

    @Test
    void javaJarToHealthy() throws Exception {
        List<Double> seconds = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> resident = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            Path dataDir = Files.createTempDirectory("bench-start");
            long started = System.nanoTime();
            try (ServiceProcess service = ServiceProcess.local("bench-start-" + i, dataDir).jvmOption("-Xmx768m").build()
                    .start(Duration.ofSeconds(180))) {
                seconds.add((System.nanoTime() - started) / 1e9);
                cpu.add(ProcessCpu.cpuSeconds(service.pid()));
                resident.add(ProcessCpu.residentMiB(service.pid()));
            }
        }
        System.out.printf(Locale.ROOT, "%nStart-up, java -jar, local mode, %d starts on fresh data directories:%n", STARTS);
        System.out.printf(Locale.ROOT, "  to /healthz 200: %s s -> median %.1f s (target <= 5 s)%n", rounded(seconds),
                Medians.of(seconds));
        System.out.printf(Locale.ROOT, "  CPU used by then: %s s -> median %.1f s%n", rounded(cpu), Medians.of(cpu));
        System.out.printf(Locale.ROOT, "  resident memory once healthy: %s MiB -> median %.0f MiB%n", rounded(resident),
                Medians.of(resident));
        System.out.printf(Locale.ROOT, "  load average: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private static List<String> rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList();
    }
}
