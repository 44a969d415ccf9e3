package com.fintune.ml.data.generator;

import com.fintune.ml.data.EmploymentStatus;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.Occupancy;
import com.fintune.ml.data.PropertyType;
import com.fintune.ml.underwriting.AgencyEligibility;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Remarks that touch the same topics as the denial reasons but report nothing adverse: verifications done,
 * documents on file, clean credit, negations of adverse events ("no lates in 24 months"). Each applies only where
 * it is true of the file (a guard on the draft), so it never contradicts an event; none changes a label.
 */
final class BenignRemarks {

    record Remark(Predicate<Draft> applies, String... phrasings) {
    }

    private static boolean has(Draft d, NoteEvent e) {
        return d.events().contains(e);
    }

    private static boolean none(Draft d, NoteEvent... events) {
        Set<NoteEvent> ev = d.events();
        for (NoteEvent e : events) {
            if (ev.contains(e)) {
                return false;
            }
        }
        return true;
    }

    private static boolean working(Draft d) {
        EmploymentStatus s = d.application().employmentStatus();
        return s != EmploymentStatus.NOT_EMPLOYED && s != EmploymentStatus.RETIRED;
    }

    private static boolean cleanCredit(Draft d) {
        LoanApplication a = d.application();
        return a.latePayments24m() == 0 && a.collectionsCount() == 0 && d.bankruptcyYearsAgo() == null
                && d.foreclosureYearsAgo() == null && none(d, NoteEvent.OPEN_JUDGMENT, NoteEvent.NEW_LATES);
    }

    private static boolean enoughCash(Draft d) {
        Double shortfall = AgencyEligibility.cashShortfall(d.application());
        return shortfall != null && shortfall <= 0 && none(d, NoteEvent.FUNDS_SHORT);
    }

    private static final Predicate<Draft> EMPLOYMENT_OK = d -> working(d)
            && none(d, NoteEvent.EMPLOYER_UNVERIFIABLE, NoteEvent.JOB_LOSS, NoteEvent.CONTRACT_ENDING);
    private static final Predicate<Draft> INCOME_OK = d -> none(d, NoteEvent.INCOME_UNVERIFIABLE,
            NoteEvent.INCOME_DECLINING, NoteEvent.JOB_LOSS, NoteEvent.MISSING_DOCUMENTS);
    private static final Predicate<Draft> ASSETS_OK = d -> none(d, NoteEvent.ASSETS_UNVERIFIABLE,
            NoteEvent.MISSING_DOCUMENTS);
    private static final Predicate<Draft> DOCS_OK = d -> none(d, NoteEvent.MISSING_DOCUMENTS,
            NoteEvent.BORROWER_UNRESPONSIVE);
    private static final Predicate<Draft> APPRAISAL_OK = d -> none(d, NoteEvent.PROPERTY_CONDITION)
            && d.application().cltvPercent() <= 80;

    static final List<Remark> REMARKS = List.of(
        new Remark(EMPLOYMENT_OK, "Employment verified.", "emp verified w/ employer", "Job confirmed by HR.",
            "Borrower has been with the same employer for years; VOE in file.", "Stable employment, no concerns."),
        new Remark(d -> EMPLOYMENT_OK.test(d) && none(d, NoteEvent.EMPLOYMENT_GAP)
                && d.application().yearsEmployed() >= 2,
            "No gaps in employment.", "no employment gaps in last 2 yrs", "Continuous employment, no breaks.",
            "Work history is steady with no gaps.", "no gap in emp"),
        new Remark(INCOME_OK, "Income docs on file.", "W2s match transcripts.", "paystubs + W2s rcvd, match",
            "Tax transcripts support the income used.", "Income calculated from two years of returns; consistent.",
            "YTD earnings in line with prior years."),
        new Remark(ASSETS_OK, "Assets sourced.", "2 months bank stmts rcvd, no large deposits.",
            "All funds to close seasoned and sourced.", "Reserves verified in retirement acct.",
            "large deposit explained - tax refund, docs in file"),
        new Remark(DOCS_OK, "Not missing any docs.", "All conditions cleared.", "File complete.",
            "Borrower returned every item on the needs list within a day.", "docs all in, ready for CTC",
            "Nothing outstanding from the borrower."),
        new Remark(d -> cleanCredit(d), "No late payments.", "No lates in 24 months.", "credit clean, 0x30",
            "Credit report shows no derogatory items.", "Bankruptcy: none.", "No bankruptcies or foreclosures.",
            "No collections, no judgments, no public records.", "pays everything on time per credit report"),
        new Remark(d -> d.bankruptcyYearsAgo() == null && d.foreclosureYearsAgo() == null,
            "No BK/FC history.", "Borrower has never filed bankruptcy.", "no foreclosures on record",
            "Bankruptcy or foreclosure: none reported.", "No prior bankruptcy."),
        new Remark(d -> none(d, NoteEvent.OPEN_JUDGMENT), "Title clear, no liens or judgments.",
            "title search clean", "No lawsuits or judgments against the borrower.", "Prelim title shows no liens."),
        new Remark(APPRAISAL_OK, "Appraisal came in at value.", "appraisal in at contract price, C3",
            "Value supported; appraiser noted good condition.", "Property in average condition, no repairs required.",
            "AVM and appraisal both support value."),
        new Remark(d -> d.application().propertyType() == PropertyType.CONDO
                && none(d, NoteEvent.NON_WARRANTABLE_CONDO), "Condo warrantable.", "condo project approved",
            "HOA questionnaire fine, project is warrantable.", "Condo review passed; reserves adequate."),
        new Remark(d -> has(d, NoteEvent.MI_APPROVED), "MI approved.", "MI in place.", "PMI cert rcvd."),
        new Remark(d -> enoughCash(d), "Reserves OK.",
            "Cash to close verified.", "Plenty of reserves after closing.", "funds to close in acct, verified"),
        new Remark(d -> none(d, NoteEvent.NEW_DEBT), "Credit refresh clean, no new debt.",
            "No new accounts or inquiries since the application.", "undisclosed debt monitoring - no alerts",
            "Liabilities match the 1003.", "Borrower paid off the car last year; no new loans since."),
        new Remark(d -> d.application().occupancy() == Occupancy.PRINCIPAL_RESIDENCE
                && none(d, NoteEvent.INELIGIBLE_USE), "Borrower will occupy as primary residence.",
            "Owner-occupied, moving from an apartment across town.", "occupancy affidavit signed",
            "A roommate pays part of the rent; that money is not used to qualify.",
            "The detached garage apartment is let to a tenant; rent not counted in qualifying income.",
            "Single-family home, borrower and family will live there."),
        new Remark(d -> !AgencyEligibility.isThinFile(d.application()) && none(d, NoteEvent.LIMITED_CREDIT),
            "Established credit, several tradelines reporting.", "credit depth fine, long history",
            "Borrower has had cards and an auto loan for years."),
        new Remark(d -> none(d, NoteEvent.BORROWER_UNRESPONSIVE), "Borrower responsive.",
            "bwr quick to respond to conditions", "Borrower is easy to reach and sends docs promptly."),
        // The same topics as the events found only in the notes (NotesOnlyPhrases), told the benign way: a model
        // that learned "earnest money", "credit refresh" or "tenant" as the adverse event fails these.
        new Remark(d -> enoughCash(d) && ASSETS_OK.test(d) && d.application().purpose() == LoanPurpose.PURCHASE,
            "Earnest money deposit of $%Kk cleared; canceled check and bank statement in file.",
            "EMD cleared bwr acct, copy of check rcvd",
            "Gift of $%Kk from the borrower's parents received, gift letter and transfer receipt in file.",
            "Sale of the current home closed; net proceeds wired to the title company.",
            "401k loan for the down payment approved and deposited.",
            "Down payment has been sitting in savings for over a year.",
            "wire for cash to close confirmed by title",
            "Final CD reviewed: funds on hand cover closing costs with reserves left over."),
        new Remark(d -> enoughCash(d) && ASSETS_OK.test(d),
            "Checking and savings balances cover closing costs and the required reserves.",
            "Bank statements show steady balances, no overdrafts.", "Assets verified exceed what is needed at closing.",
            "reserves verified after closing"),
        new Remark(d -> cleanCredit(d), "Credit refresh before closing: no new lates, all accounts current.",
            "VOM shows the mortgage paid as agreed, 0x30 in 12 months.", "Rent verified paid on time for 24 months.",
            "rescore pulled - nothing new, all tradelines current", "Auto lender confirms payments are current."),
        new Remark(d -> none(d, NoteEvent.NEW_DEBT),
            "Co-signed student loan is paid by the primary borrower; 12 months of canceled checks provided.",
            "Soft pull before closing came back with no new credit and no new inquiries.",
            "inquiry from the auto dealer explained - no loan was opened",
            "Borrower closed two unused store cards; no balances."),
        new Remark(d -> !AgencyEligibility.isThinFile(d.application()) && none(d, NoteEvent.LIMITED_CREDIT),
            "Tri-merge returned three scores with seasoned tradelines.",
            "Long credit history with several kinds of accounts.",
            "Plenty of credit to evaluate; no alternative credit needed."),
        new Remark(d -> d.application().occupancy() == Occupancy.PRINCIPAL_RESIDENCE
                && none(d, NoteEvent.INELIGIBLE_USE), "Residential zoning, no commercial use on the site.",
            "No rental income or business use on the subject.",
            "Subject is the borrower's home; no plans to rent it out.", "standard lot, typical residential property"),
        new Remark(d -> INCOME_OK.test(d) && working(d),
            "Overtime received for two years and continuing per the employer.",
            "Borrower got a raise in March; VOE confirms the new salary.",
            "Base pay has gone up each year per the written VOE.",
            "Bonus history of 2+ years, likely to continue.", "income trending up"),
        new Remark(d -> EMPLOYMENT_OK.test(d) && none(d, NoteEvent.EMPLOYMENT_GAP)
                && d.application().yearsEmployed() >= 5,
            "Same employer for 5+ years.", "Stable job with the current employer per the VOE.",
            "One employer in the last five years.",
            "Promoted twice at the current job."));

    private BenignRemarks() {
    }
}
