package com.fintune.platform.database;

import java.util.Locale;

/** The databases FinTune runs on; each has its own migration folder beside the common one. */
public enum DatabaseVendor {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String folder;

    DatabaseVendor(String folder) {
        this.folder = folder;
    }

    /** Folder under {@code db/migration} holding the migrations only this vendor runs. */
    public String folder() {
        return folder;
    }

    /** Recognises the vendor from JDBC's {@code DatabaseMetaData#getDatabaseProductName()}. */
    public static DatabaseVendor fromProductName(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("h2")) {
            return H2;
        }
        throw new IllegalStateException("FinTune supports H2 and PostgreSQL, not " + productName);
    }
}
