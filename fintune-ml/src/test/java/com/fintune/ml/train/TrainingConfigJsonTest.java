package com.fintune.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingConfigJsonTest {
    @Test
    void aFileChangesOnlyWhatItNamesAndRoundTrips(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"seed\": 7, \"fineTune\": {\"epochs\": 3}, \"shape\": {\"layers\": 4}}");
        TrainingConfig c = TrainingConfigJson.read(file);
        assertEquals(7, c.seed());
        assertEquals(3, c.fineTune().epochs());
        assertEquals(FineTuneSettings.defaults().batchSize(), c.fineTune().batchSize());
        assertEquals(4, c.shape().layers());
        assertEquals(128, c.shape().hiddenSize());
        Path out = dir.resolve("out.json");
        TrainingConfigJson.write(out, c);
        assertEquals(c, TrainingConfigJson.read(out));
    }

    @Test
    void unknownOrInvalidSettingsAreNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"fineTune\": {\"epocs\": 3}}");
        IOException e = assertThrows(IOException.class, () -> TrainingConfigJson.read(file));
        assertTrue(e.getMessage().contains("fineTune.epocs"), e.getMessage());
        Exception bad = assertThrows(Exception.class, () -> TrainingConfigJson.merge(TrainingConfig.defaults(),
                new ObjectMapper().readTree("{\"exportDtype\": \"F8\"}")));
        assertTrue(String.valueOf(bad.getMessage()).contains("exportDtype"), bad.getMessage());
    }

    @Test
    void messagesAreInTheUsersWordsWithoutLibraryInternals(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"fineTune\": {\"epochs\": \"three\"}}");
        String wrongType = assertThrows(IOException.class, () -> TrainingConfigJson.read(file)).getMessage();
        assertEquals("training setting 'fineTune.epochs' must be a whole number", wrongType);
        Files.writeString(file, "{\"seed\": 1,\n \"generatedCount\": }");
        String syntax = assertThrows(IOException.class, () -> TrainingConfigJson.read(file)).getMessage();
        assertTrue(syntax.startsWith("c.json is not valid JSON (line 2"), syntax);
        Files.writeString(file, "{\"generatedCount\": 96}");
        String tooFew = assertThrows(IOException.class, () -> TrainingConfigJson.read(file)).getMessage();
        assertTrue(tooFew.contains("at least 100"), tooFew);
        for (String m : new String[] {wrongType, syntax, tooFew}) {
            assertTrue(!m.contains("Cannot construct") && !m.contains("com.") && !m.contains("`"), m);
        }
    }

    @Test
    void theShippedModelsThreeRecipesReadAndChain() throws IOException {
        Path models = Path.of(System.getProperty("fintune.repo", ".."), "models");
        TrainingConfig stage1 = TrainingConfigJson.read(models.resolve("fintune-default.train.json"));
        TrainingConfig stage2 = TrainingConfigJson.read(models.resolve("fintune-default.stage2.json"));
        assertEquals("target/models/minilm-base", stage1.initCheckpoint(), "stage 1 starts from the MiniLM base");
        assertEquals("notes", stage1.text(), "the shipped model reads the masked notes");
        assertEquals("target/models/fintune-stage1", stage2.initCheckpoint(), "stage 2 continues stage 1's output");
        assertTrue(stage1.structuredInputs() && stage2.structuredInputs());
        assertEquals(4, stage1.fineTune().frozenLayers());
        assertEquals(4, stage2.fineTune().frozenLayers());
        assertTrue(stage1.generatorSeed() != stage2.generatorSeed(), "each stage reads fresh applications");
        TrainingConfig stage3 = TrainingConfigJson.read(models.resolve("fintune-default.stage3.json"));
        assertEquals("target/models/fintune-stage2", stage3.initCheckpoint(), "stage 3 continues stage 2's output");
        assertEquals(4, stage3.fineTune().frozenLayers());
        assertTrue(stage3.generatorSeed() != stage1.generatorSeed() && stage3.generatorSeed() != stage2.generatorSeed(),
                "each stage reads fresh applications");
        TrainingConfig recorded = TrainingConfigJson.read(models.resolve("fintune-default/training-config.json"));
        assertEquals(stage3.generatorSeed(), recorded.generatorSeed(), "the shipped model is stage 3's output");
        assertEquals(stage3.fineTune(), recorded.fineTune());
    }

    @Test
    void frozenLayersDefaultsToNoneReadsAndRoundTrips(@TempDir Path dir) throws IOException {
        assertEquals(0, TrainingConfig.defaults().fineTune().frozenLayers(), "default: every parameter trained");
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"initCheckpoint\": \"target/models/minilm-base\", \"fineTune\": {\"frozenLayers\": 4}}");
        TrainingConfig c = TrainingConfigJson.read(file);
        assertEquals(4, c.fineTune().frozenLayers());
        assertEquals("target/models/minilm-base", c.initCheckpoint());
        assertEquals(FineTuneSettings.defaults().epochs(), c.fineTune().epochs());
        Path out = dir.resolve("out.json");
        TrainingConfigJson.write(out, c);
        assertTrue(Files.readString(out).contains("\"frozenLayers\" : 4"), Files.readString(out));
        assertEquals(c, TrainingConfigJson.read(out));
        Exception bad = assertThrows(Exception.class, () -> TrainingConfigJson.merge(TrainingConfig.defaults(),
                new ObjectMapper().readTree("{\"fineTune\": {\"frozenLayers\": -1}}")));
        assertTrue(String.valueOf(bad.getMessage()).contains("frozenLayers"), bad.getMessage());
    }
}
