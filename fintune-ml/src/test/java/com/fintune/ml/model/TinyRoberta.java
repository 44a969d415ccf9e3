package com.fintune.ml.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;

/** The read-only tiny-roberta fixture: checkpoint directory and reference.json. */
public final class TinyRoberta {
    private TinyRoberta() {
    }

    public static Path dir() {
        String fixtures = System.getProperty("fintune.fixtures");
        if (fixtures == null) {
            throw new IllegalStateException("system property fintune.fixtures is not set (the parent pom sets it)");
        }
        return Path.of(fixtures, "tiny-roberta");
    }

    public static JsonNode reference() {
        try {
            return new ObjectMapper().readTree(dir().resolve("reference.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int[][] ints(JsonNode rows) {
        int[][] out = new int[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = ints1(rows.get(i));
        }
        return out;
    }

    public static int[] ints1(JsonNode row) {
        int[] out = new int[row.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = row.get(i).asInt();
        }
        return out;
    }

    public static double[] doubles(JsonNode row) {
        double[] out = new double[row.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = row.get(i).asDouble();
        }
        return out;
    }
}
