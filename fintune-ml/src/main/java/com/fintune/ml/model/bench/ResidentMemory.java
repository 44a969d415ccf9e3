package com.fintune.ml.model.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's resident set size (Linux {@code /proc/self/status} VmRSS); -1 where that file does not exist. */
public final class ResidentMemory {
    private ResidentMemory() {
    }

    public static long bytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    public static double megabytes() {
        long b = bytes();
        return b < 0 ? -1 : Math.round(b / 1048576.0 * 10) / 10.0;
    }
}
