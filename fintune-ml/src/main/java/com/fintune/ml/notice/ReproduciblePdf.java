package com.fintune.ml.notice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the exporter's PDF depend on the notice alone: the creation date (which the PDF library sets to the clock)
 * becomes the notice date at midnight UTC, and the file identifier (random) becomes the first 16 bytes of the SHA-256
 * of the document with those fields blanked. Each replacement has exactly the original's length, so the
 * cross-reference offsets stay valid. The dictionary and trailer are written as plain (ISO-8859-1) text even when
 * the content streams are compressed; if a field is not found it is left as it is.
 */
final class ReproduciblePdf {

    private static final Pattern CREATED = Pattern.compile("/(CreationDate|ModDate)\\((D:[0-9]{14}[^)]*)\\)");
    private static final Pattern FILE_ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]{32})> ?<([0-9a-fA-F]{32})> ?\\]");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private ReproduciblePdf() {
    }

    static byte[] fix(byte[] pdf, LocalDate date) {
        // ISO-8859-1 maps every byte to one char and back, so offsets are preserved
        StringBuilder text = new StringBuilder(new String(pdf, StandardCharsets.ISO_8859_1));
        Matcher dates = CREATED.matcher(text);
        while (dates.find()) {
            String old = dates.group(2);
            String fixed = "D:" + DAY.format(date) + "000000" + (old.endsWith("Z") ? "Z" : "+00'00'");
            if (fixed.length() == old.length()) {
                text.replace(dates.start(2), dates.end(2), fixed);
            }
        }
        Matcher id = FILE_ID.matcher(text);
        if (id.find()) {
            int[] starts = {id.start(1), id.start(2)};
            for (int start : starts) {
                text.replace(start, start + 32, "0".repeat(32));
            }
            String digest = sha256Hex(text.toString().getBytes(StandardCharsets.ISO_8859_1)).substring(0, 32);
            for (int start : starts) {
                text.replace(start, start + 32, digest);
            }
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
