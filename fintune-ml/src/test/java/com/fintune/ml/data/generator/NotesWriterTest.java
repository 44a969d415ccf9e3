package com.fintune.ml.data.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fintune.ml.underwriting.ProductLimits;
import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.taxonomy.ReasonCategory;
import com.fintune.ml.tokenizer.TextTokenizer;
import com.fintune.ml.tokenizer.TextTokenizers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The notes: varied wording, asides that never move a label, seasoned and notes-only events, length. */
class NotesWriterTest {

    @Test
    void everyEventAndAsideHasManyDistinctPhrasings() {
        for (NoteEvent e : NoteEvent.values()) {
            String[] p = EventPhrases.of(e);
            assertTrue(p.length >= 6 && new HashSet<>(Arrays.asList(p)).size() == p.length, e + ": " + p.length);
        }
        for (String[] bank : List.of(EventPhrases.RECENT_BANKRUPTCY, EventPhrases.RECENT_FORECLOSURE,
                EventPhrases.SEASONED_BANKRUPTCY, EventPhrases.SEASONED_FORECLOSURE, EventPhrases.LATES,
                EventPhrases.HIGH_DTI, EventPhrases.LOW_SCORE, EventPhrases.COLLECTIONS)) {
            assertTrue(bank.length >= 6, bank[0]);
        }
        assertTrue(BenignRemarks.REMARKS.size() >= 10);
        assertTrue(AsideRemarks.CHATTER.length >= 20 && AsideRemarks.PROTECTED.length >= 20);
    }

    @Test
    void asidesNeverChangeLabelsRiskOrDecision() {
        int n = 4000;
        List<GeneratedCase> full = new SyntheticLender(GeneratorOptions.withSeed(5)).generateCases(n);
        List<GeneratedCase> facts = new SyntheticLender(GeneratorOptions.withSeed(5), NotesWriter.Style.FACTS_ONLY)
                .generateCases(n);
        List<GeneratedCase> protectedOnly = new SyntheticLender(GeneratorOptions.withSeed(5),
                new NotesWriter.Style(false, false, true)).generateCases(n);
        int differ = 0;
        int protectedInserted = 0;
        for (int i = 0; i < n; i++) {
            LabeledApplication a = full.get(i).labeled();
            LabeledApplication b = facts.get(i).labeled();
            assertEquals(a.reasons(), b.reasons(), a.id());
            assertEquals(full.get(i).policyReasons(), facts.get(i).policyReasons(), a.id());
            assertEquals(a.riskTarget(), b.riskTarget(), a.id());
            assertEquals(a.decision(), b.decision(), a.id());
            assertEquals(a.demographics(), b.demographics(), a.id());
            assertEquals(a.application().toBuilder().underwriterNotes(null).build(),
                    b.application().toBuilder().underwriterNotes(null).build(), a.id());
            assertEquals(a.reasons(), protectedOnly.get(i).labeled().reasons(), a.id());
            assertEquals(a.riskTarget(), protectedOnly.get(i).labeled().riskTarget(), a.id());
            String factsOnly = Objects.requireNonNullElse(b.application().underwriterNotes(), "");
            differ += factsOnly.equals(Objects.requireNonNullElse(a.application().underwriterNotes(), "")) ? 0 : 1;
            String withProtected = Objects.requireNonNullElse(
                    protectedOnly.get(i).labeled().application().underwriterNotes(), "");
            if (!withProtected.equals(factsOnly)) {
                protectedInserted++;
                assertTrue(withProtected.length() > factsOnly.length(), a.id());
            }
        }
        assertTrue(differ > n / 2, "asides written in " + differ + " of " + n);
        double share = protectedInserted / (double) n;
        System.out.printf(Locale.ROOT, "protected-characteristic mention in %.3f of files%n", share);
        assertTrue(share > 0.09 && share < 0.15, "protected mentions " + share);
    }

    @Test
    void benignRemarksNeverContradictTheFile() {
        ApplicationSampler sampler = new ApplicationSampler();
        NotesWriter writer = new NotesWriter(NotesWriter.Style.FULL);
        List<String> eventWords = new ArrayList<>();
        for (NoteEvent e : NoteEvent.values()) {
            eventWords.addAll(Arrays.asList(EventPhrases.of(e)));
        }
        int checked = 0;
        for (int i = 0; i < 6000; i++) {
            Draft d = sampler.sample(new Random(50_000 + i));
            String notes = writer.write(d, new Random(i), new Random(-i), new Random(7L * i)).toLowerCase(Locale.ROOT);
            for (BenignRemarks.Remark remark : BenignRemarks.REMARKS) {
                if (remark.applies().test(d)) {
                    continue;
                }
                for (String phrase : remark.phrasings()) {
                    String core = phrase.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
                    if (eventWords.stream().noneMatch(w -> w.toLowerCase(Locale.ROOT).contains(core))) {
                        assertFalse(notes.contains(core), "'" + phrase + "' in " + notes);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 10_000, "checked " + checked);
    }

    @Test
    void seasonedEventsAreNotReasonsAndNotesOnlyEventsAre() {
        ApplicationSampler sampler = new ApplicationSampler();
        UnderwritingPolicy policy = new UnderwritingPolicy();
        int seasoned = 0;
        int notesOnly = 0;
        for (int i = 0; i < 20_000; i++) {
            Draft d = sampler.sample(new Random(90_000 + i));
            Double bk = d.bankruptcyYearsAgo();
            if (bk == null) {
                continue;
            }
            Set<ReasonCategory> reasons = policy.decide(d).reasons();
            boolean recent = bk < ProductLimits.of(d.application().product()).bankruptcySeasoningYears();
            if (!recent && d.foreclosureYearsAgo() == null && d.application().collectionsCount() < 3
                    && !d.events().contains(NoteEvent.OPEN_JUDGMENT)) {
                assertFalse(reasons.contains(ReasonCategory.DEROGATORY), "seasoned bankruptcy " + bk);
                seasoned++;
            }
            if (recent && !d.application().priorBankruptcy()) {
                assertTrue(reasons.contains(ReasonCategory.DEROGATORY) || reasons.size() == 4, "recent bankruptcy " + bk);
                notesOnly++;
            }
        }
        assertTrue(seasoned > 200 && notesOnly > 20, seasoned + " seasoned, " + notesOnly + " only in the notes");
    }

    @Test
    void notesAreMostlyShort() throws Exception {
        TextTokenizer tokenizer = TextTokenizers.load(Path.of(System.getProperty("fintune.repo", ".."),
                "models", "fintune-default", "tokenizer.json"));
        List<GeneratedCase> cases = new SyntheticLender(GeneratorOptions.withSeed(42)).generateCases(5000);
        int[] lengths = cases.stream().map(c -> c.labeled().application().underwriterNotes())
                .mapToInt(t -> t == null ? 0 : tokenizer.encode(t, false).length).sorted().toArray();
        int n = lengths.length;
        long short60 = Arrays.stream(lengths).filter(x -> x <= 60).count();
        System.out.printf(Locale.ROOT, "notes tokens (roberta BPE): median %d, p90 %d, p99 %d, max %d; <= 60: %.3f%n",
                lengths[n / 2], lengths[n * 9 / 10], lengths[n * 99 / 100], lengths[n - 1], short60 / (double) n);
        assertTrue(short60 > 0.95 * n, "notes over 60 tokens: " + (n - short60));
    }
}
