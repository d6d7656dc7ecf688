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

    /** Peak resident set size (VmHWM) in MiB, since the start or the last {@link #resetPeakResident}. */
    static double peakResidentMiB(long pid) {
        return status(pid, "VmHWM:") / 1024.0;
    }

    /** Starts VmHWM again from the current resident set, so a phase of a run has a peak of its own. */
    static void resetPeakResident(long pid) {
        try {
            // Documented in proc(5): writing 5 to clear_refs resets the peak RSS (Linux 4.0 and later)
            Files.writeString(Path.of("/proc", Long.toString(pid), "clear_refs"), "5");
        } catch (IOException e) {
            throw new IllegalStateException("cannot reset the peak resident set of " + pid, e);
        }
    }

    /** The process's threads now. */
    static long threads(long pid) {
        return status(pid, "Threads:");
    }

    /** A number field of /proc/<pid>/status (VmHWM is in kB), or -1 when absent. */
    private static long status(long pid, String field) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith(field)).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).orElse(-1L);
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
