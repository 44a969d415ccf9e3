package com.fintune.ml.data.lar;

import static org.junit.jupiter.api.Assertions.*;

import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.data.generator.GeneratorOptions;
import com.fintune.ml.data.generator.SyntheticLender;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LarFilingWriterTest {

    private static final String LEI = "549300FINTUNE0DEMO01";

    @Test
    void fintuneDecisionsRoundTripThroughAFilingFormatLar() throws Exception {
        List<LabeledApplication> decided = new SyntheticLender(GeneratorOptions.withSeed(3)).generate(400).stream()
                .filter(a -> a.decision().actionTaken() != null).toList();
        List<LarApplication> out = decided.stream().map(a -> LarApplication.fromDecision(a, LEI,
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 15))).toList();
        Transmittal ts = new Transmittal("FinTune Demo Bank", 2024, 4, "Ops", "555-555-0100", "ops@example.com",
                "1 Main St", "Columbus", "OH", "43215", 9, out.size(), "12-3456789", LEI);
        StringWriter w = new StringWriter();
        new LarFilingWriter().write(w, ts, out);
        LarImport back = new LarReader().read(w.toString());
        assertEquals(ts, back.transmittal());
        assertEquals(out.size(), back.applications().size());
        for (int i = 0; i < out.size(); i++) {
            LarApplication a = out.get(i);
            LarApplication b = back.applications().get(i);
            assertTrue(Uli.isValid(b.uli()), b.uli());
            assertEquals(a.uli(), b.uli());
            assertEquals(a.actionTaken(), b.actionTaken());
            assertEquals(a.hmdaDenialCodes(), b.hmdaDenialCodes());
            assertEquals(a.demographics(), b.demographics());
            assertEquals(a.applicationDate(), b.applicationDate());
            assertEquals(a.application().loanAmount(), b.application().loanAmount());
            assertEquals(a.application().loanType(), b.application().loanType()); // HMDA has no product, only loan type
            assertEquals(a.application().purpose(), b.application().purpose());
            assertEquals(a.application().creditScore(), b.application().creditScore());
            assertEquals(a.application().dtiPercent(), b.application().dtiPercent(), 0.006);
            assertEquals(a.application().cltvPercent(), b.application().cltvPercent(), 0.006);
            for (var r : b.reasons()) {
                assertTrue(a.hmdaDenialCodes().contains(r.hmdaCode()), r + " from " + a.hmdaDenialCodes());
            }
        }
    }

    @Test
    void theSampleFileSurvivesReadWriteRead() throws Exception {
        LarImport in = new LarReader().read(Path.of(System.getProperty("fintune.fixtures"), "hmda",
                "clean_file_5k_rows_Bank0_syntax_validity.txt"));
        StringWriter w = new StringWriter();
        new LarFilingWriter().write(w, in.transmittal(), in.applications());
        LarImport again = new LarReader().read(w.toString());
        assertEquals(in.summary(), again.summary());
        assertEquals(in.applications().stream().map(LarApplication::uli).toList(),
                again.applications().stream().map(LarApplication::uli).toList());
    }
}
