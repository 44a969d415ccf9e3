package com.fintune.ml.robustness;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.eval.robustness.CaseKind;
import com.fintune.ml.taxonomy.ReasonCategory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One hand-written case: a note read on a base application, and what it expects.
 *
 * @param id       unique in its set
 * @param kind     what it probes
 * @param base     name of the base application in the same set
 * @param note     the underwriter's note (for a protected case: the note without the insertion)
 * @param expected for a paraphrase, the reason that must rank first; for a decision case, the reason a DENY must
 *                 give (optional); otherwise null
 * @param insert   for a protected case, the sentence inserted; otherwise null
 * @param insertAt for a protected case, the sentence index the insertion goes before (0 = first; past the end =
 *                 last)
 * @param decision for a decision case, the lender's decision (APPROVE or DENY); otherwise null
 * @param changed  for a decision case, the base application with the case's changes (notes not set); otherwise
 *                 null (the base as it is)
 */
public record RobustnessCase(String id, CaseKind kind, String base, String note, ReasonCategory expected,
                             String insert, int insertAt, String decision, LoanApplication changed) {

    /** A case on its base application as it is (every kind but decision). */
    public RobustnessCase(String id, CaseKind kind, String base, String note, ReasonCategory expected, String insert,
                          int insertAt) {
        this(id, kind, base, note, expected, insert, insertAt, null, null);
    }

    public RobustnessCase {
        if (id == null || id.isBlank() || base == null || base.isBlank() || note == null || note.isBlank()) {
            throw new IllegalArgumentException("a case needs an id, a base and a note");
        }
        if (kind == CaseKind.PARAPHRASE ? expected == null : expected != null && kind != CaseKind.DECISION) {
            throw new IllegalArgumentException("case " + id + ": a paraphrase names its expected reason (\"expect\"),"
                    + " other kinds but decision do not");
        }
        boolean decides = "APPROVE".equals(decision) || "DENY".equals(decision);
        if ((kind == CaseKind.DECISION) != (decides && changed != null)) {
            throw new IllegalArgumentException("case " + id + ": a decision case names the lender's decision"
                    + " (\"decision\": APPROVE or DENY) and its changed application, other kinds do not");
        }
        if (expected != null && kind == CaseKind.DECISION && !"DENY".equals(decision)) {
            throw new IllegalArgumentException("case " + id + ": only a DENY names an expected reason");
        }
        if ((kind == CaseKind.PROTECTED) != (insert != null && !insert.isBlank())) {
            throw new IllegalArgumentException("case " + id + ": a protected case names the sentence it inserts"
                    + " (\"insert\"), other kinds do not");
        }
        if (insertAt < 0) {
            throw new IllegalArgumentException("case " + id + ": insertAt must not be negative, was " + insertAt);
        }
    }

    /** The note the model reads for this case: for a protected case, with the sentence inserted. */
    public String noteRead() {
        if (kind != CaseKind.PROTECTED) {
            return note;
        }
        List<String> sentences = new ArrayList<>(Arrays.asList(note.strip().split("(?<=[.!?])\\s+")));
        sentences.add(Math.min(insertAt, sentences.size()), insert.strip());
        return String.join(" ", sentences);
    }

    /** What the case expects, in words. */
    public String expectation() {
        return switch (kind) {
            case PARAPHRASE -> expected.name() + " ranked first";
            case DECISION -> expected == null ? decision : decision + " with " + expected.name() + " ≥ 0.5";
            default -> kind.expectation();
        };
    }
}
