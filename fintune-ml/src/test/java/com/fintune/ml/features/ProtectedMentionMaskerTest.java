package com.fintune.ml.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Protected mentions are neutralised; underwriting content that merely sounds like them is kept word for word. */
class ProtectedMentionMaskerTest {

    private final ProtectedMentionMasker masker = new ProtectedMentionMasker();
    private static final String BASE = "Employment verified with HR, 6 yrs on the job. DTI 31%, reserves 8 months.";

    /** Sentences whose only content is a protected characteristic: inserting one changes nothing at all. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Borrower is a 64-year-old widow.", "Applicant is 72 years old.", "Borrower is elderly.",
        "She is Hispanic and recently married.", "Borrower is African American.", "Applicant is Black.",
        "Borrower is a white male.", "The borrower is Asian.", "Borrower is Muslim.", "Applicant is Jewish.",
        "Borrower is a devout Catholic.", "Applicant attends church regularly.", "Borrower is an immigrant from Mexico.",
        "Borrower is a naturalized citizen.", "Applicant is a permanent resident.", "Borrower is not a US citizen.",
        "Borrower speaks limited English.", "Borrower is divorced.", "Applicant is legally separated.",
        "Borrower is single.", "Borrower is engaged to be married.", "Applicant is a widower.", "Borrower is female.",
        "Applicant is a woman.", "Borrower is pregnant.", "Borrower receives SNAP benefits.",
        "Applicant is on food stamps.", "Borrower receives SSI.", "Borrower is on Section 8.",
        "Applicant receives welfare.", "Borrower is on Medicaid.", "Borrower is Korean.", "Applicant is Nigerian.",
        "Borrower, age 70.", "Borrower is 67.", "Borrower is in her sixties.", "Applicant is a senior citizen.",
        "Borrower is a Chinese immigrant.", "Applicant is an elderly Hispanic widow.", "He is married.",
        "Borrower is of Puerto Rican descent.", "Borrower identifies as Native American.", "Applicant is transgender.",
        "Borrower is a single mother.", "Borrower is not married.", "Applicant is Hindu.",
        "Borrower's ethnicity is Hispanic or Latino.", "Borrower's race: White.", "Borrower is a DACA recipient.",
        "Borrower receives SSI each month.", "Borrower is a devout Catholic and attends Mass every Sunday.",
        "Applicant is Korean-American.", "Borrower is 29 and single.", "The co-borrower is his wife.",
        "Borrower is Jewish and observes the Sabbath.", "Borrower receives Section 8 housing assistance.",
        "Borrower is a naturalized U.S. citizen originally from Nigeria.", "Borrower is a single mother of two.",
        "Applicant is engaged to be married next spring.", "Borrower is retired and widowed.",
        "Applicant moved here from Guatemala in 2009 and is a permanent resident.",
        "She is pregnant with her second child.", "Borrower immigrated from Vietnam in 1998."})
    void aSentenceOnlyAboutAProtectedCharacteristicIsDropped(String sentence) {
        String base = masker.mask(BASE);
        assertEquals(base, masker.mask(sentence + " " + BASE), sentence);
        assertEquals(base, masker.mask(BASE + " " + sentence), sentence);
        String[] halves = BASE.split("(?<=\\.) ", 2);
        assertEquals(base, masker.mask(halves[0] + " " + sentence + " " + halves[1]), sentence);
    }

    /** Mentions inside sentences that say something else become a neutral word; the underwriting content stays. */
    @Test
    void mentionsInsideSentencesBecomeNeutralWordsAndTheContentStays() {
        check("Gift from her father, fully sourced.", "Gift from their parent, fully sourced.");
        check("Income includes $900/mo SSI.", "Income includes $900/mo benefit income.");
        check("Wife is co-borrower with 10 yrs at the hospital.",
                "Household member is co-borrower with 10 yrs at the hospital.");
        check("Divorce decree shows child support of $800/mo.", "Court order shows child support of $800/mo.");
        check("Two years returns, married filing jointly, Schedule C income declining.",
                "Two years returns, tax filing, Schedule C income declining.");
        check("62-year-old borrower has 3 lates in the last 12 months.",
                "Borrower has 3 lates in the last 12 months.");
        check("Borrower, a 58-year-old Black woman, has a 760 score and 28% DTI.",
                "Borrower has a 760 score and 28% DTI.");
        check("Applicant, age 45, transferred from the Chicago branch.", "Applicant transferred from the Chicago branch.");
        check("Applicant has 10 yrs at the employer, age 70.", "Applicant has 10 yrs at the employer.");
        check("An elderly borrower with 2 collections.", "A borrower with 2 collections.");
        check("The applicant, who is Muslim, has 2 lates.", "The applicant has 2 lates.");
        check("Borrower is a widow and has 8 months of reserves.", "Borrower has 8 months of reserves.");
        check("Borrower is a 45-year-old Hispanic woman with 10 yrs at the plant.",
                "Borrower is a person person person with 10 yrs at the plant.");
        check("Mrs. Lopez has 14 months since chapter 7 discharge.", "Lopez has 14 months since chapter 7 discharge.");
        check("She has been with her employer for 8 years.", "They has been with their employer for 8 years.");
        check("Could not reach him at work; employer would not confirm.",
                "Could not reach them at work; employer would not confirm.");
        check("Borrower on maternity leave, returns in June per HR letter.",
                "Borrower on leave, returns in June per HR letter.");
    }

    /** Underwriting words that only sound protected must come through untouched. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Borrower retired in 2019; pension and Social Security income verified with award letters.",
        "Subject is a single-family detached home built in 1962.", "Single wide manufactured home on leased land.",
        "Senior lien is a first mortgage with $210k balance.", "Borrower is a senior engineer at Boeing, 9 yrs.",
        "Long-term disability insurance premium deducted from pay.", "Property backs onto the race track.",
        "Business has been in the black for 5 years.", "Borrower separated from the employer in March; 4 month gap.",
        "Engaged an attorney to settle the collection.", "Pays alimony of $1,200/mo per court order.",
        "Old collection from 2015 paid in full.", "Aging roof, appraiser requires repair.",
        "Borrower never missed a payment in 24 months.", "Payment turned 30 days late twice in 2023.",
        "DTI over 50 after the new auto loan.", "Score in the 580s; 2 collections.",
        "First lien is senior to the HELOC.", "Condo HOA is in the black; reserves adequate.",
        "Borrower has 2 tradelines and 18 months of history.", "The man-made pond is not a flood risk.",
        "Deposits from the business account are sourced.", "Home built in the 1960s needs a new furnace."})
    void underwritingLanguageIsKept(String note) {
        String masked = masker.mask(note);
        assertEquals(note, masked, note);
        assertFalse(masker.mentionsProtected(note), note);
    }

    @Test
    void pronounsBecomeTheSameWordWhateverTheSex() {
        assertEquals(masker.mask("He has 12 years with his employer and she co-signs."),
                masker.mask("She has 12 years with her employer and he co-signs."));
        assertEquals(masker.mask("Called him twice."), masker.mask("Called her twice."));
    }

    @Test
    void protectedValuesMapToOneTextWhateverTheValue() {
        List<String> variants = List.of("Hispanic", "Black", "White", "Asian", "Korean", "Jewish", "Muslim", "married",
                "divorced", "widowed", "67 years old", "elderly");
        String first = masker.mask("The " + variants.get(0) + " borrower has 3 collections open.");
        for (String v : variants.subList(1, variants.size())) {
            String masked = masker.mask("The " + v + " borrower has 3 collections open.");
            assertEquals(first.toLowerCase(Locale.ROOT), masked.toLowerCase(Locale.ROOT), v);
            assertTrue(masked.contains("3 collections open"), masked);
        }
    }

    @Test
    void nullAndBlankNotesStayEmpty() {
        assertEquals(null, masker.mask(null));
        assertEquals("", masker.mask("  "));
        assertEquals("", masker.mask("Borrower is a 70-year-old widow. Applicant is Hispanic."));
    }

    @Test
    void thePipelineMasksTheNotesInBothTextViews() {
        FeaturePipeline pipeline = new FeaturePipeline();
        var base = com.fintune.ml.data.SampleApplications.strongPurchase().toBuilder()
                .underwriterNotes("VOE in file, 6 yrs with employer.").build();
        var probed = base.toBuilder().underwriterNotes("Borrower is a 70-year-old Hispanic widow. VOE in file, "
                + "6 yrs with employer. She receives SSI.").build();
        ApplicationFeatures a = pipeline.extract(base);
        ApplicationFeatures b = pipeline.extract(probed);
        assertEquals("VOE in file, 6 yrs with employer.", b.notesText());
        assertEquals(a.notesText(), b.notesText());
        assertEquals(a.combinedText(), b.combinedText());
        assertTrue(b.combinedText().endsWith("Notes: VOE in file, 6 yrs with employer."), b.combinedText());
        assertEquals("", pipeline.extract(base.toBuilder().underwriterNotes(null).build()).notesText());
    }

    private void check(String note, String expected) {
        assertEquals(expected, masker.mask(note), note);
        assertTrue(masker.mentionsProtected(note), note);
    }
}
