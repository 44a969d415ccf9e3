package com.fintune.platform.database;

import java.time.Instant;

/**
 * What the start-up migration achieved: the vendor, the schema version reached, how many migrations ran in this
 * start and how many the history table holds. {@code error} is null when the schema is usable.
 */
public record SchemaState(DatabaseVendor vendor, String version, int appliedThisStart, int appliedTotal,
                          Instant migratedAt, String error) {

    public boolean ready() {
        return error == null && appliedTotal > 0;
    }

    public static SchemaState failed(String error) {
        return new SchemaState(null, null, 0, 0, Instant.now(), error);
    }
}
