package com.collectiq.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time and resident memory of a process, from /proc (Linux), for benchmark reports. */
final class ProcessCpu {

    /** Clock ticks per second of /proc/<pid>/stat; 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    /** User + system CPU seconds the process has used so far. */
    static double cpuSeconds(long pid) {
        String[] fields = stat(pid);
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
    }

    /** Resident set size in MiB. */
    static double residentMiB(long pid) {
        return Long.parseLong(stat(pid)[23]) * 4096 / (1024.0 * 1024.0);
    }

    /** Peak resident set size (VmHWM) in MiB. */
    static double peakResidentMiB(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmHWM:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0).orElse(-1.0);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name may hold spaces: fields are counted after its closing parenthesis
            return ("x x " + stat.substring(stat.lastIndexOf(')') + 2)).split(" ");
        } catch (IOException e) {
            throw new IllegalStateException("no /proc for " + pid, e);
        }
    }
}
