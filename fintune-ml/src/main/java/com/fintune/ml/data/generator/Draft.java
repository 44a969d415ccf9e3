package com.fintune.ml.data.generator;

import com.fintune.ml.data.LoanApplication;
import java.util.Set;

/**
 * An application as sampled, before the notes are written: the structured facts, the underwriting events only the
 * notes will tell, and how long ago any bankruptcy or foreclosure ended (years; null if none).
 */
record Draft(LoanApplication application, Set<NoteEvent> events, Double bankruptcyYearsAgo,
             Double foreclosureYearsAgo) {
}
