package com.fintune.ml.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fintune.ml.model.ExtraOutput;
import com.fintune.ml.model.ModelOutput;
import com.fintune.ml.model.RobertaEncoder;
import com.fintune.ml.model.TokenBatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;

/**
 * {@code fintune encode}: JSON Lines {@code {"input_ids": […], "attention_mask": […]}} on stdin to
 * {@code {"reason_logits": [12], "risk": x, "last_hidden_state": [[…] per position]}} on stdout.
 */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = {"Runs the encoder and heads on token ids: reads JSON Lines {\"input_ids\": [...], "
                + "\"attention_mask\": [...]} (attention_mask optional: all 1) and writes {\"reason_logits\": [...], "
                + "\"risk\": x, \"last_hidden_state\": [[...], ...]}.",
            "Output lines are complete and in input order; at the first bad line it stops (exit 1)."})
final class EncodeCommand implements Runnable {

    @CommandLine.ParentCommand
    private FinTuneCli parent;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR",
            description = "model directory: config.json + model.safetensors (Hugging Face layout)")
    private Path modelDir;

    @Override
    public void run() {
        RobertaEncoder encoder = new RobertaEncoder(ModelFiles.load(modelDir).weights());
        PrintWriter out = spec.commandLine().getOut();
        JsonLinesInput.forEachObject(parent.stdin(), (lineNumber, object) -> {
            int[] ids = intArray(object, "input_ids", lineNumber, true);
            int[] mask = object.has("attention_mask") ? intArray(object, "attention_mask", lineNumber, false)
                    : ones(ids.length);
            float[][] structured = object.has("structured_inputs")
                    ? new float[][]{floatArray(object, "structured_inputs", lineNumber)} : null;
            TokenBatch batch = new TokenBatch(new int[][]{ids}, new int[][]{mask}, structured);
            try {
                batch.validate(encoder.config());
            } catch (IllegalArgumentException e) {
                throw CliFailure.badInput(lineNumber, e.getMessage().replace("row 0: ", "").replace("row 0 ", ""));
            }
            ModelOutput result = encoder.forward(batch, EnumSet.of(ExtraOutput.LAST_HIDDEN_STATE));
            out.append(EncodeJson.line(result));
        });
        out.flush();
    }

    /** Standardised structured inputs, for a model that reads them (config.json's fintune_structured_inputs). */
    private static float[] floatArray(JsonNode object, String field, long lineNumber) {
        JsonNode node = object.get(field);
        if (!node.isArray()) {
            throw CliFailure.badInput(lineNumber, "\"" + field + "\" must be an array of numbers");
        }
        float[] out = new float[node.size()];
        for (int i = 0; i < out.length; i++) {
            if (!node.get(i).isNumber()) {
                throw CliFailure.badInput(lineNumber, "\"" + field + "\"[" + i + "] is not a number");
            }
            out[i] = (float) node.get(i).asDouble();
        }
        return out;
    }

    private static int[] intArray(JsonNode object, String field, long lineNumber, boolean required) {
        JsonNode node = object.get(field);
        if (node == null) {
            throw CliFailure.badInput(lineNumber, "missing field \"" + field + "\"");
        }
        if (!node.isArray() || node.isEmpty() && required) {
            throw CliFailure.badInput(lineNumber, "field \"" + field + "\" must be a non-empty array of integers");
        }
        int[] values = new int[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode v = node.get(i);
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw CliFailure.badInput(lineNumber, "field \"" + field + "\" position " + i + " is not an integer: "
                        + v);
            }
            values[i] = v.asInt();
        }
        return values;
    }

    private static int[] ones(int n) {
        int[] mask = new int[n];
        java.util.Arrays.fill(mask, 1);
        return mask;
    }
}
