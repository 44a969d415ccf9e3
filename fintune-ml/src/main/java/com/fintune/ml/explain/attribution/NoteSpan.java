package com.fintune.ml.explain.attribution;

import com.fintune.ml.taxonomy.ReasonCategory;

import java.util.Map;

/**
 * One sentence of the underwriter's notes and what it did to the answer, measured by occlusion: the application is
 * scored again with that sentence left out, everything else unchanged.
 *
 * @param text          the sentence as written
 * @param start         offset of its first character in the notes (UTF-16 code units, as Java and JavaScript count)
 * @param end           offset just past its last character
 * @param riskEffect    risk score with the sentence minus risk score without it (points; positive = raised risk)
 * @param reasonEffects the same difference for each reason's probability, for the reasons it moved by 0.01 or more
 */
public record NoteSpan(String text, int start, int end, double riskEffect, Map<ReasonCategory, Double> reasonEffects) {

    public NoteSpan {
        reasonEffects = Map.copyOf(reasonEffects);
    }
}
