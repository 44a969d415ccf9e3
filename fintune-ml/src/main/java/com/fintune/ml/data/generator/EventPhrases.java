package com.fintune.ml.data.generator;

import java.util.EnumMap;
import java.util.Map;

/**
 * How an underwriter might write each event: full sentences and terse shorthand, different vocabulary and sentence
 * shapes, so that a model must read the meaning rather than match a word. Placeholders: %E employer, %I mortgage
 * insurer, %K an amount in thousands, %M months, %P a percentage, %D dollars.
 */
final class EventPhrases {

    private static final Map<NoteEvent, String[]> PHRASES = new EnumMap<>(NoteEvent.class);

    static {
        put(NoteEvent.EMPLOYER_UNVERIFIABLE,
            "VOE failed - %E phone disconnected, no listing found.",
            "Cannot verify employer %E; no business license and HR never answered.",
            "unable to verify employment w/ %E after 3 attempts",
            "Written VOE came back undeliverable; %E is not registered with the state.",
            "Employer could not be confirmed. The number on the paystub rings to a personal cell.",
            "emp not verifiable - %E has no web presence, no SOS filing",
            "We were never able to reach anyone at %E to confirm the job.",
            "Verbal VOE attempted 4x, no one at %E will confirm borrower works there.",
            "Work Number has no record and %E did not return the verification form.");
        put(NoteEvent.INCOME_UNVERIFIABLE,
            "4506-C transcripts do not match W2s provided, income unverified.",
            "IRS transcripts show much lower income than the paystubs - cannot verify.",
            "Paystubs look altered (YTD math is off); income could not be verified.",
            "income docs inconsistent w/ tax returns, unable to validate income",
            "Tax transcripts came back with no return on file for last year, so the stated income can't be supported.",
            "The W-2 wages and the transcript differ by $%Kk; borrower had no explanation.",
            "inc unverified: CPA letter not from a licensed CPA, returns unsigned",
            "Cannot document the income used on the 1003; bank deposits don't line up with pay.");
        put(NoteEvent.ASSETS_UNVERIFIABLE,
            "Large unsourced deposit of $%Kk in checking; borrower could not document where it came from.",
            "Bank stmts appear edited, bank could not confirm the balances.",
            "VOD not returned and statements don't reconcile - assets unverified.",
            "Funds to close can't be sourced. $%Kk cash deposit last month, no paper trail.",
            "unsourced $%Kk deposit, LOE insufficient",
            "The balance on the statement does not match what the bank reported on the VOD.",
            "Assets not verified: crypto sale proceeds with no exchange records.",
            "Could not confirm ownership of the savings account used for reserves.");
        put(NoteEvent.MISSING_DOCUMENTS,
            "Still missing signed 4506-C and 2 months bank stmts.",
            "Docs outstanding: last year's tax return, divorce decree, LOE for inquiries.",
            "Incomplete file - no paystubs or W2s received after two requests.",
            "missing purchase contract addendum + hazard ins declarations",
            "We have asked three times for the most recent paystub and the signed disclosures; nothing yet.",
            "file incomplete, need: 2 yrs returns, K-1s, YTD P&L",
            "The application is not complete. Bankruptcy schedules were requested and never provided.",
            "Cond list open: VOR, ID, and the second page of the bank statement.");
        put(NoteEvent.BORROWER_UNRESPONSIVE,
            "Bwr unresponsive since the conditional approval request; 3 emails + 2 calls.",
            "No response from borrower to the needs list sent 21 days ago.",
            "applicant stopped replying, conditions never cleared",
            "Left voicemails on %M different days. Borrower has gone silent.",
            "borrower MIA - no contact in 3 wks, LO can't reach either",
            "We cannot move forward: the applicant has not answered any request since the appraisal.",
            "Co-bwr says they are 'thinking about it', no docs returned, file stalled.",
            "Notice of incompleteness sent; borrower never responded.");
        put(NoteEvent.EMPLOYMENT_GAP,
            "Employment gap of %M months last year, no LOE provided.",
            "%M-month gap in employment not explained.",
            "Unexplained job gap (%M mo) between the last two employers.",
            "Borrower was out of work for %M months and has been back only a short time.",
            "gap in emp history %M mos, no explanation letter",
            "There is a break in employment of about %M months that the borrower could not document.",
            "Work history has a hole: nothing between the two jobs for %M months.",
            "Resumed work after a %M mo gap; not yet 6 months on the new job.");
        put(NoteEvent.CONTRACT_ENDING,
            "Contract assignment ends next month, no renewal letter.",
            "Temp position through an agency, ends in 6 wks per VOE.",
            "contract not renewed per employer - income not continuing",
            "The staffing agency confirmed the placement finishes at the end of the quarter.",
            "1099 contract expires in %M weeks and the client has not extended it.",
            "Per the VOE the project the borrower works on wraps up soon, no next assignment lined up.",
            "contract end date before first pmt due, continuance not established",
            "Employer letter: position is seasonal and ends after this month.");
        put(NoteEvent.JOB_LOSS,
            "Borrower was laid off two weeks ago; the paystubs in file are from the old job.",
            "bwr lost job last month per phone call, currently looking",
            "Spoke w/ borrower: position eliminated in a restructuring, no current income.",
            "Employer confirmed the borrower is no longer employed there as of the 1st.",
            "Terminated from %E in the last 30 days. Unemployment benefits only.",
            "job ended after app was taken - VOE says 'separated'",
            "Per updated VOE bwr is not employed at %E any more.",
            "The company closed its local office and the borrower was let go.");
        put(NoteEvent.SAME_LINE_OF_WORK,
            "New job but same line of work 6+ yrs, prior VOE ok.",
            "Recent grad, degree in the field, offer letter on file.",
            "Changed employers in the same industry, no gap.",
            "Moved from one hospital to another as an RN; same duties, higher pay.",
            "new position, same field as prior 8 yrs - previous employer verified",
            "Less than two years at %E, but the borrower has worked in this trade for a decade.",
            "job change for promotion, same occupation, continuous employment",
            "Started at %E %M months ago after finishing school in that field.");
        put(NoteEvent.INCOME_DECLINING,
            "Self-employed income down ~%P%% year over year; using the lower year, not enough for the amount.",
            "Declining income: last year's return is %P%% below the year before and does not support the loan.",
            "OT/bonus income dropped %P%%, remaining base insufficient.",
            "business rev down %P%% YoY, trend declining, qualifying inc too low",
            "Commission income has fallen for two years running (-%P%%); we can't use the average.",
            "Schedule C net fell sharply, %P%% lower; income not stable.",
            "Borrower's hours were cut - YTD earnings run %P%% behind last year.",
            "Rental income declined after a vacancy; net income down %P%%.");
        put(NoteEvent.PROPERTY_CONDITION,
            "Appraisal subject-to: roof at end of life, foundation cracks.",
            "Appraiser notes property not habitable as-is, value not supported.",
            "Appraisal came in low; comps don't support the value, condition C5.",
            "Value came back $%Kk under contract and the seller will not renegotiate.",
            "appr: active water intrusion in bsmt, safety issues, as-is value short",
            "The home has no working heat and missing flooring per the appraisal.",
            "Collateral concern - appraisal cut value by %P%% after a desk review.",
            "Property in poor condition (C6), repairs beyond what the program allows.");
        put(NoteEvent.NON_WARRANTABLE_CONDO,
            "Condo project non-warrantable (single investor owns 30%% of units).",
            "HOA in litigation, project not warrantable.",
            "Condotel / non-warrantable project - outside guidelines.",
            "condo questionnaire: %P%% of owners delinquent on dues, project ineligible",
            "The association is under a structural lawsuit, so the project cannot be approved.",
            "Project fails review: commercial space over 35%% and no reserve study.",
            "non-warr condo, short-term rentals allowed in bldg",
            "Condo budget has no reserves and a special assessment pending; project declined.");
        put(NoteEvent.OPEN_JUDGMENT,
            "Open judgment $%Kk on title, not paid.",
            "Title shows an unpaid civil judgment of $%Kk.",
            "Tax lien $%Kk found on the title search.",
            "Borrower is being sued by a former landlord; judgment entered for $%Kk, still open.",
            "open judgmt from credit card co, $%Kk, no payoff",
            "A creditor won a lawsuit against the applicant last year and the judgment remains unsatisfied.",
            "Wage garnishment in place for a judgment, about $%D/mo.",
            "IRS lien recorded, balance approx $%Kk, no installment agreement.");
        put(NoteEvent.MI_DECLINED,
            "MI cert declined by %I.",
            "%I declined to insure - MI denied.",
            "PMI denied (%I), no other insurer would take it.",
            "mortgage insurance not available, %I said no",
            "Both %I and a second insurer turned the loan down for coverage.",
            "MI decision: declined. Insurer cites layered risk.",
            "Could not obtain mortgage insurance for this LTV from %I.",
            "%I MI underwriting returned a decline.");
        put(NoteEvent.MI_APPROVED,
            "MI cert approved by %I.",
            "%I MI commitment rcvd.",
            "PMI approved, %I.",
            "mortgage insurance commitment in file from %I",
            "Insurer (%I) approved coverage at standard rates.",
            "MI ok - %I cert #%D",
            "Got the MI approval back from %I today.",
            "Coverage secured with %I; MI condition cleared.");
        put(NoteEvent.VOE_COMPLETED,
            "VOE completed, employer confirmed.",
            "verbal VOE ok w/ HR",
            "Employment verified via The Work Number.",
            "Called %E, HR confirmed title, start date and that the job is ongoing.",
            "WVOE rcvd from %E - active, full time",
            "Employment confirmed by phone within 10 days of closing.",
            "VVOE done, bwr still employed at %E.",
            "Employer returned the verification form; everything matches the application.");
        put(NoteEvent.GIFT_DOCUMENTED,
            "Gift letter + donor stmt rcvd.",
            "Gift funds from parent documented.",
            "gift $%Kk wired, paper trail ok",
            "Down payment partly a gift from the borrower's aunt; letter and transfer receipt in file.",
            "Gift of $%Kk from sibling, donor ability shown.",
            "gift ltr signed, funds deposited to title",
            "Family gift verified: withdrawal from donor and deposit to borrower both shown.",
            "The $%Kk gift is documented and sourced.");
    }

    private static void put(NoteEvent e, String... phrasings) {
        PHRASES.put(e, phrasings);
    }

    private EventPhrases() {
    }

    /** Every phrasing of {@code e}: this class's and {@link NotesOnlyPhrases}'s. */
    static String[] of(NoteEvent e) {
        String[] own = PHRASES.getOrDefault(e, new String[0]);
        String[] more = NotesOnlyPhrases.of(e);
        String[] all = java.util.Arrays.copyOf(own, own.length + more.length);
        System.arraycopy(more, 0, all, own.length, more.length);
        return all;
    }

    /** A bankruptcy or foreclosure within the program's seasoning (a reason); %Y how long ago. */
    static final String[] RECENT_BANKRUPTCY = {
        "Ch 7 BK discharged %Y ago.", "Borrower filed chapter 7 bankruptcy, discharged %Y ago.",
        "BK13 dismissed %Y ago", "Recent bankruptcy: discharge dated %Y ago.",
        "bk disch %Y ago, not seasoned", "Applicant went through a bankruptcy that was discharged only %Y ago.",
        "Chapter 13 plan completed and discharged %Y ago.", "Bankruptcy (ch. 7) %Y back per the court records."};
    static final String[] RECENT_FORECLOSURE = {
        "Foreclosure completed %Y ago.", "Prior home was foreclosed on %Y ago.",
        "FC sale %Y ago on previous residence", "Lost a rental property to foreclosure %Y ago.",
        "Deed-in-lieu / foreclosure on the last house, %Y ago.", "foreclosure recorded %Y ago per title search",
        "The borrower's previous mortgage ended in foreclosure %Y ago.", "FC on prior home, completed %Y back."};
    /** A bankruptcy or foreclosure past the program's seasoning: stated, but not a reason. */
    static final String[] SEASONED_BANKRUPTCY = {
        "BK discharged %Y ago, well past seasoning.", "Old chapter 7 from %Y ago; credit re-established since.",
        "prior bk %Y ago, seasoned", "Bankruptcy discharged %Y ago - meets the waiting period.",
        "Borrower had a bankruptcy %Y ago, outside the waiting period.",
        "ch 13 completed %Y ago, rebuilt credit", "A bankruptcy %Y back, seasoned per guidelines.",
        "BK over %Y ago, outside the lookback."};
    static final String[] SEASONED_FORECLOSURE = {
        "Foreclosure %Y ago, waiting period met.", "Prior FC %Y ago on an old home; seasoned.",
        "fc %Y ago - seasoned, no issue", "The borrower lost a house to foreclosure %Y ago and has rented since, on time.",
        "Short sale/foreclosure from %Y ago, beyond the required wait.", "foreclosure %Y back, seasoned",
        "Old foreclosure (%Y ago) noted; seasoning satisfied.", "Previous FC %Y ago, re-established."};

    /** Restatements of adverse structured facts (they agree with the fields; written in some files). %N a count. */
    static final String[] LATES = {
        "%N late payments in the last 24 months.", "%Nx30 on auto and cards within 2 yrs",
        "Credit shows %N recent lates.", "Borrower has been late %N times in the past two years.",
        "recent mortgage lates (%N) on current loan", "Pay history poor: %N delinquencies in 24 mo."};
    static final String[] HIGH_DTI = {
        "DTI over program max.", "Ratios too high: back-end %P%%.", "dti exceeds guideline even w/o the new car pmt",
        "Debt load is too heavy for the income.", "Total obligations %P%% of income, above the limit.",
        "Back end ratio out of tolerance; no compensating factors."};
    static final String[] LOW_SCORE = {
        "Mid score below program minimum.", "Credit score too low for this program.",
        "FICO under the floor for the product.", "Qualifying score does not meet the minimum.",
        "score short of program requirement", "Representative score below min."};
    static final String[] COLLECTIONS = {
        "%N collection accounts open.", "Multiple collections (%N) unpaid.", "credit rpt: %N collections, medical + utility",
        "Borrower has %N accounts in collections.", "Several charged-off accounts sent to collection (%N).",
        "%N open collections, no payoff plan."};
}
