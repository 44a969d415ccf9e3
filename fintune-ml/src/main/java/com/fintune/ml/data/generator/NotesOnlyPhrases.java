package com.fintune.ml.data.generator;

import java.util.EnumMap;
import java.util.Map;

/**
 * Phrasings of the events an underwriter finds after the application was taken, which the structured fields do not
 * show: a credit refresh with new debt or new late payments, a report with too little history, funds that fell
 * through, a use of the property the program excludes; plus further phrasings of declining income and an unstable
 * job history. The label follows the notes in these files (the figures look clean), so a model must read them.
 * Placeholders as in {@link EventPhrases}, and %R a back-end ratio above every program's limit (51-68).
 */
final class NotesOnlyPhrases {

    private static final Map<NoteEvent, String[]> PHRASES = new EnumMap<>(NoteEvent.class);

    static {
        PHRASES.put(NoteEvent.NEW_DEBT, new String[] {
            "Credit refresh shows a new auto loan opened last month, $%D/mo; recalculated DTI is %R%%.",
            "Undisclosed student loan payments found on the supplement - back-end now %R%%, over the max.",
            "bwr financed furniture + a car since app, new pmts push ratios to %R%%",
            "Soft pull before closing: two new credit cards with balances. Debt-to-income re-run at %R%%.",
            "Borrower co-signed a $%Kk loan for a relative and the payment counts against him; DTI %R%%.",
            "Added the child support obligation from the divorce decree; total debt ratio is now %R%%.",
            "New lease on a second vehicle after the application. With it the obligations exceed the guideline.",
            "Liabilities understated on the 1003: a $%D/mo personal loan was left off. Ratios fail once it is counted.",
            "The recalculated payment-to-income ratio is %R%% after the new HELOC draw; too much debt for the income.",
            "dti recalc %R%% w/ new install loan, exceeds program"});
        PHRASES.put(NoteEvent.NEW_LATES, new String[] {
            "Updated credit report: mortgage 60 days late twice since the application.",
            "Rescore pulled - %Nx30 and 1x60 in the last 6 months on revolving accounts.",
            "Borrower missed the last two car payments; lender reports 30 and 60 days past due.",
            "supplement shows current rent paid 45+ days late three times this year",
            "New delinquencies reported since app: card accounts now 90 days past due.",
            "VOM came back with several late payments in the past 12 months.",
            "The borrower has fallen behind on the existing mortgage, now two payments behind.",
            "Recent pay history is poor: multiple 30-day lates on installment debt since spring.",
            "credit refresh - new lates on student loans + auto, ongoing delinquency"});
        PHRASES.put(NoteEvent.LIMITED_CREDIT, new String[] {
            "Tri-merge came back with a single tradeline opened this year; not enough credit to score.",
            "Insufficient credit history: one authorized-user card and nothing of the borrower's own.",
            "bwr has almost no credit - 1 acct, %M months old",
            "No bureau could produce a score; the borrower has never had a loan or card in their name.",
            "Credit file is too thin to evaluate, and no alternative credit (rent, utilities) was documented.",
            "Only a %M-month-old secured card reports; history too short for the program.",
            "limited credit depth, under 2 tradelines, no nontraditional credit provided",
            "The credit report is essentially empty apart from a recent store card."});
        PHRASES.put(NoteEvent.FUNDS_SHORT, new String[] {
            "Gift of $%Kk fell through - donor backed out; borrower cannot cover the down payment.",
            "Short to close by about $%Kk after the final CD figures.",
            "Sale of the current home did not close, so the proceeds for the down payment are not available.",
            "bwr short funds for closing + required reserves, no acceptable source",
            "After paying closing costs nothing would be left in reserve, and the program requires months of reserves.",
            "The 401k loan for the down payment was denied; insufficient liquid assets to close.",
            "Earnest money check bounced and the account balance will not cover cash to close.",
            "Assets verified are well under what is needed at closing - shortfall approx $%Kk."});
        PHRASES.put(NoteEvent.INELIGIBLE_USE, new String[] {
            "Borrower intends to lease the property to tenants and keep living in the current home; program requires owner occupancy.",
            "Subject has a storefront on the ground floor - mixed-use property, not eligible.",
            "Property is zoned agricultural with barns and acreage; ineligible property type for this loan.",
            "occupancy concern - bwr owns a larger home nearby, subject looks like an investment, not a primary residence",
            "Subject is a houseboat; not real property under this program.",
            "Land-only loan request, no dwelling on site. Outside program guidelines.",
            "The unit is being operated as a short-term vacation rental, which the owner-occupied program excludes.",
            "Log cabin on 60 acres with commercial timber use; property type not financed.",
            "Applicant will not occupy: parents will live there. Non-owner-occupied is not allowed on this product."});
        PHRASES.put(NoteEvent.INCOME_DECLINING, new String[] {
            "Most recent tax return shows net self-employment income of only $%Kk; cannot support the payment.",
            "Overtime ended in January and base pay alone does not qualify.",
            "Documented income is lower than stated: paystubs support about $%Kk a year, not enough for this loan.",
            "Second job hours cut back, qualifying income now insufficient for the requested amount.",
            "Borrower's salary was reduced %P%% in the reorganization; income no longer supports the debt."});
        PHRASES.put(NoteEvent.EMPLOYMENT_GAP, new String[] {
            "Job hopping: %N employers in 2 years with breaks between them; history not stable.",
            "Back at work only %M weeks after most of last year unemployed.",
            "Started the current job recently following a long stretch without work; no 2-yr history.",
            "Unstable employment - several short jobs and gaps, nothing longer than a few months."});
    }

    private NotesOnlyPhrases() {
    }

    /** The extra phrasings of {@code e}; empty when there are none. */
    static String[] of(NoteEvent e) {
        return PHRASES.getOrDefault(e, new String[0]);
    }
}
