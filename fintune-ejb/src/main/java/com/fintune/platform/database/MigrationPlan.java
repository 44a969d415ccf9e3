package com.fintune.platform.database;

import java.util.List;

/**
 * Where the migrations for one vendor are. Every location folder carries an empty {@code flyway.location} marker:
 * inside Liberty, Flyway only finds a classpath folder through such a file and otherwise runs nothing at all.
 */
public record MigrationPlan(List<String> locations) {

    public static final String ROOT = "db/migration";
    public static final String MARKER = "flyway.location";

    public static MigrationPlan forVendor(DatabaseVendor vendor) {
        return new MigrationPlan(List.of(
                "classpath:" + ROOT + "/common",
                "classpath:" + ROOT + "/" + vendor.folder()));
    }

    /** Classpath resource names of the markers that must exist for this plan to find its migrations. */
    public List<String> markers() {
        return locations.stream()
                .map(l -> l.substring("classpath:".length()) + "/" + MARKER)
                .toList();
    }
}
