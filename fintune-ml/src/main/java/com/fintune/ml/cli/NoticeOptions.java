package com.fintune.ml.cli;

import com.fintune.ml.notice.NoticeSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * Who a notice names and its date (a picocli mixin): {@code --config FILE} (a properties file with the server's
 * {@code fintune.notice.*} keys), then each {@code --creditor-name} ... option over it, else the defaults of
 * {@link NoticeSettings}.
 */
final class NoticeOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "properties file with fintune.notice.* keys")
    Path config;
    @Option(names = "--creditor-name", paramLabel = "TEXT") String creditorName;
    @Option(names = "--creditor-address", paramLabel = "TEXT", description = "lines separated by '|'")
    String creditorAddress;
    @Option(names = "--agency-name", paramLabel = "TEXT", description = "federal agency that administers ECOA compliance")
    String agencyName;
    @Option(names = "--agency-address", paramLabel = "TEXT") String agencyAddress;
    @Option(names = "--score-source-name", paramLabel = "TEXT", description = "consumer reporting agency of the scores")
    String scoreSourceName;
    @Option(names = "--score-source-address", paramLabel = "TEXT") String scoreSourceAddress;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "date of the notices (default: today)")
    String date;

    /** The settings and date the notices use. */
    record Resolved(NoticeSettings settings, LocalDate date) {
    }

    Resolved resolve() {
        Map<String, String> values = new HashMap<>();
        if (config != null) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(config)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw CliFailure.badFile("--config " + config + " cannot be read: " + e.getMessage());
            }
            p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
        }
        put(values, NoticeSettings.CREDITOR_NAME, creditorName);
        put(values, NoticeSettings.CREDITOR_ADDRESS, creditorAddress);
        put(values, NoticeSettings.AGENCY_NAME, agencyName);
        put(values, NoticeSettings.AGENCY_ADDRESS, agencyAddress);
        put(values, NoticeSettings.SCORE_SOURCE_NAME, scoreSourceName);
        put(values, NoticeSettings.SCORE_SOURCE_ADDRESS, scoreSourceAddress);
        LocalDate day;
        try {
            day = date == null ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new CliFailure(ExitCode.USAGE, "--date must be a date such as 2025-03-14, was " + date);
        }
        return new Resolved(NoticeSettings.fromSettings(k -> Optional.ofNullable(values.get(k))), day);
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
