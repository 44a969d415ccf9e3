package com.fintune.ml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineDroppingStreamTest {

    @Test
    void dropsSameDiffDebugLinesAndKeepsEverythingElseInOrder() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new LineDroppingStream(sink), true, StandardCharsets.UTF_8);
        out.println("{\"decision\":\"APPROVE\"}");
        out.println("Added differentiated op add_27");
        out.println("Added differentiated op mul_scalar_8");
        out.print("Added by the underwriter: ");
        out.println("ok");
        out.print("partial");
        out.flush();
        assertEquals("{\"decision\":\"APPROVE\"}\nAdded by the underwriter: ok\npartial",
                sink.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFlushedPrefixOfADroppedLineWaitsForTheRestOfTheLine() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new LineDroppingStream(sink), false, StandardCharsets.UTF_8);
        out.print("Added diff");
        out.flush();
        assertEquals("", sink.toString(StandardCharsets.UTF_8));
        out.println("erentiated op exp");
        out.println("done");
        out.flush();
        assertEquals("done\n", sink.toString(StandardCharsets.UTF_8));
    }

    @Test
    void verboseDivertsTheDroppedLinesInsteadOfLosingThem() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ByteArrayOutputStream diverted = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new LineDroppingStream(sink, diverted), true, StandardCharsets.UTF_8);
        out.println("{\"risk\":12}");
        out.println("Added differentiated op add_1");
        out.close();
        assertEquals("{\"risk\":12}\n", sink.toString(StandardCharsets.UTF_8));
        assertEquals("Added differentiated op add_1\n", diverted.toString(StandardCharsets.UTF_8));
    }
}
