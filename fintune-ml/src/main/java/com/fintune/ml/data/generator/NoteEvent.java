package com.fintune.ml.data.generator;

/**
 * Facts an underwriter learns while working a file that the structured fields do not carry. They reach the model
 * only through the notes; some decide a reason on their own (UNVERIFIABLE and INCOMPLETE always do, and so do the
 * ones found after the application: NEW_DEBT, NEW_LATES, LIMITED_CREDIT, FUNDS_SHORT, INELIGIBLE_USE).
 */
enum NoteEvent {
    EMPLOYER_UNVERIFIABLE, INCOME_UNVERIFIABLE, ASSETS_UNVERIFIABLE,
    MISSING_DOCUMENTS, BORROWER_UNRESPONSIVE,
    EMPLOYMENT_GAP, CONTRACT_ENDING, JOB_LOSS, SAME_LINE_OF_WORK,
    INCOME_DECLINING,
    NEW_DEBT, NEW_LATES, LIMITED_CREDIT, FUNDS_SHORT, INELIGIBLE_USE,
    PROPERTY_CONDITION, NON_WARRANTABLE_CONDO,
    OPEN_JUDGMENT,
    MI_DECLINED, MI_APPROVED,
    VOE_COMPLETED, GIFT_DOCUMENTED
}
