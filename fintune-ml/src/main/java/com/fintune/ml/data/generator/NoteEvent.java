package com.fintune.ml.data.generator;

/**
 * Facts an underwriter learns while working a file that the structured fields do not carry. They reach the model
 * only through the notes; some decide a reason on their own (UNVERIFIABLE and INCOMPLETE always do).
 */
enum NoteEvent {
    EMPLOYER_UNVERIFIABLE, INCOME_UNVERIFIABLE, ASSETS_UNVERIFIABLE,
    MISSING_DOCUMENTS, BORROWER_UNRESPONSIVE,
    EMPLOYMENT_GAP, CONTRACT_ENDING, JOB_LOSS, SAME_LINE_OF_WORK,
    INCOME_DECLINING,
    PROPERTY_CONDITION, NON_WARRANTABLE_CONDO,
    OPEN_JUDGMENT,
    MI_DECLINED, MI_APPROVED,
    VOE_COMPLETED, GIFT_DOCUMENTED
}
