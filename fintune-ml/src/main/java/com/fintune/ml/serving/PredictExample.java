package com.fintune.ml.serving;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The example prediction that the API documents (the OpenAPI document at /openapi and /docs): an application and
 * the answer the shipped model gives it. The answer is not typed by hand: {@code PredictExampleTest} computes it
 * with the shipped model and fails when the committed file differs; after a model change, refresh it with
 * {@code mvn -pl fintune-ml test -Dtest=PredictExampleTest -Dfintune.example.write=true} (docs/api.md).
 */
public final class PredictExample {

    /** Class-path folder of the two files. */
    public static final String RESOURCE_DIR = "com/fintune/ml/serving/example/";
    public static final String REQUEST_FILE = "predict-request.json";
    public static final String ANSWER_FILE = "predict-answer.json";
    /** The serving fields of the documented answer: not the model's, so fixed for the example. */
    public static final long PREDICTION_ID = 1017;
    public static final double LATENCY_MS = 38.2;

    private PredictExample() {
    }

    /** The example application, as JSON text (the request body of POST /api/v1/predict). */
    public static String request() {
        return read(REQUEST_FILE);
    }

    /** The shipped model's answer to {@link #request()}, as JSON text. */
    public static String answer() {
        return read(ANSWER_FILE);
    }

    private static String read(String file) {
        try (InputStream in = PredictExample.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE_DIR + file + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
