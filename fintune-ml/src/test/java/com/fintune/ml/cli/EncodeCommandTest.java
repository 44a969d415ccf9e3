package com.fintune.ml.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fintune.ml.model.TinyRoberta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncodeCommandTest {
    private static final String MODEL = TinyRoberta.dir().toString();

    @Test
    void writesLogitsRiskAndHiddenStatesMatchingTheReference() throws Exception {
        JsonNode c = TinyRoberta.reference().get("cases").get(1);
        ObjectMapper json = new ObjectMapper();
        String line = json.writeValueAsString(json.createObjectNode().<com.fasterxml.jackson.databind.node.ObjectNode>set(
                "input_ids", c.get("input_ids")).set("attention_mask", c.get("attention_mask")));
        CliRun run = CliRun.of(line + "\n", "encode", "--model", MODEL);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode out = json.readTree(run.out());
        for (int i = 0; i < 12; i++) {
            assertEquals(c.get("logits").get(i).asDouble(), out.get("reason_logits").get(i).asDouble(), 1e-4);
        }
        assertEquals(c.get("risk_score").asDouble(), out.get("risk").asDouble(), 1e-3);
        assertEquals(128, out.get("last_hidden_state").size());
        assertEquals(32, out.get("last_hidden_state").get(0).size());
        assertEquals(c.get("last_hidden_state_first3").get(2).get(5).asDouble(),
                out.get("last_hidden_state").get(2).get(5).asDouble(), 1e-4);
    }

    @Test
    void attentionMaskDefaultsToAllRealTokens() {
        CliRun run = CliRun.of("{\"input_ids\": [0, 31414, 232, 2]}\n{\"input_ids\": [0, 31414, 232, 2],"
                + " \"attention_mask\": [1, 1, 1, 1]}\n", "encode", "--model", MODEL);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(2, lines.length);
        assertEquals(lines[0], lines[1]);
    }

    @Test
    void badInputGivesOneLineAndStops() {
        CliRun outside = CliRun.of("{\"input_ids\": [0, 5, 2]}\n{\"input_ids\": [0, 99999, 2]}\n", "encode", "--model",
                MODEL);
        assertEquals(ExitCode.BAD_INPUT, outside.exitCode());
        assertTrue(outside.oneErrorLine(), outside.err());
        assertTrue(outside.err().startsWith("encode: line 2: position 1: token id 99999 is outside the vocabulary"),
                outside.err());
        assertEquals(1, outside.out().split("\n").length, "the good line before it is complete");

        CliRun mismatch = CliRun.of("{\"input_ids\": [0, 5, 2], \"attention_mask\": [1, 1]}\n", "encode", "--model",
                MODEL);
        assertEquals(ExitCode.BAD_INPUT, mismatch.exitCode());
        assertTrue(mismatch.err().contains("line 1"), mismatch.err());

        CliRun text = CliRun.of("{\"input_ids\": \"hello\"}\n", "encode", "--model", MODEL);
        assertEquals("encode: line 1: field \"input_ids\" must be a non-empty array of integers", text.err().strip());

        CliRun tooLong = CliRun.of("{\"input_ids\": [" + "5,".repeat(200) + "2]}\n", "encode", "--model", MODEL);
        assertEquals(ExitCode.BAD_INPUT, tooLong.exitCode());
        assertTrue(tooLong.err().contains("sequence length 201 is outside 1..128"), tooLong.err());
    }

    @Test
    void missingModelIsABadFile(@TempDir Path empty) {
        CliRun run = CliRun.of("", "encode", "--model", empty.toString());
        assertEquals(ExitCode.BAD_FILE, run.exitCode());
        assertTrue(run.oneErrorLine(), run.err());
        assertTrue(run.err().contains("is not a model directory"), run.err());
    }

    @Test
    void theShippedModelReadsStructuredInputsBesideTheTokens() {
        String shipped = Path.of(System.getProperty("fintune.repo", ".."), "models", "fintune-default").toString();
        CliRun without = CliRun.of("{\"input_ids\": [0, 5, 2]}\n", "encode", "--model", shipped);
        assertEquals(ExitCode.BAD_INPUT, without.exitCode());
        assertTrue(without.oneErrorLine(), without.err());
        assertTrue(without.err().contains("79 structured inputs"), without.err());

        CliRun with = CliRun.of("{\"input_ids\": [0, 5, 2], \"structured_inputs\": [" + "0,".repeat(78) + "0]}\n"
                + "{\"input_ids\": [0, 5, 2], \"structured_inputs\": [" + "0,".repeat(78) + "2.5]}\n",
                "encode", "--model", shipped);
        assertEquals(ExitCode.OK, with.exitCode(), with.err());
        String[] lines = with.out().split("\n");
        assertEquals(2, lines.length);
        assertTrue(!lines[0].equals(lines[1]), "the structured inputs reach the heads");
    }
}
