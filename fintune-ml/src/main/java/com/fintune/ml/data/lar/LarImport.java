package com.fintune.ml.data.lar;

import java.util.List;

/**
 * A successfully read LAR file.
 *
 * @param transmittal  the transmittal sheet (filing format), or null for the public CSV
 * @param applications every record, in file order
 */
public record LarImport(Transmittal transmittal, List<LarApplication> applications) {

    public LarImport {
        applications = List.copyOf(applications);
    }

    public LarSummary summary() {
        return LarSummary.of(applications);
    }
}
