package com.fintune.ml.data.generator;

import com.fintune.ml.data.LoanPurpose;
import com.fintune.ml.data.generator.LoanDocument.Status;
import com.fintune.ml.data.generator.LoanDocument.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The documents a file holds, consistent with its events (missing pay stubs, failed VOE, declined MI...). */
final class FileDocuments {

    List<LoanDocument> of(Draft d) {
        Set<NoteEvent> ev = d.events();
        boolean missing = ev.contains(NoteEvent.MISSING_DOCUMENTS);
        List<LoanDocument> docs = new ArrayList<>();
        docs.add(new LoanDocument(Type.APPLICATION_1003, Status.RECEIVED));
        docs.add(new LoanDocument(Type.CREDIT_REPORT, Status.VERIFIED));
        docs.add(new LoanDocument(Type.PAYSTUBS, missing ? Status.MISSING
                : ev.contains(NoteEvent.INCOME_UNVERIFIABLE) ? Status.FAILED_VERIFICATION : Status.VERIFIED));
        docs.add(new LoanDocument(Type.W2, missing ? Status.MISSING : Status.RECEIVED));
        docs.add(new LoanDocument(Type.TAX_RETURNS, ev.contains(NoteEvent.INCOME_UNVERIFIABLE)
                ? Status.FAILED_VERIFICATION : Status.RECEIVED));
        docs.add(new LoanDocument(Type.BANK_STATEMENTS, missing ? Status.MISSING
                : ev.contains(NoteEvent.ASSETS_UNVERIFIABLE) ? Status.FAILED_VERIFICATION : Status.VERIFIED));
        docs.add(new LoanDocument(Type.VERIFICATION_OF_EMPLOYMENT,
                ev.contains(NoteEvent.EMPLOYER_UNVERIFIABLE) ? Status.FAILED_VERIFICATION : Status.VERIFIED));
        docs.add(new LoanDocument(Type.APPRAISAL, Status.RECEIVED));
        if (d.application().purpose() == LoanPurpose.PURCHASE) {
            docs.add(new LoanDocument(Type.PURCHASE_CONTRACT, Status.RECEIVED));
        }
        if (ev.contains(NoteEvent.GIFT_DOCUMENTED)) {
            docs.add(new LoanDocument(Type.GIFT_LETTER, Status.VERIFIED));
        }
        if (ev.contains(NoteEvent.MI_DECLINED) || ev.contains(NoteEvent.MI_APPROVED)) {
            docs.add(new LoanDocument(Type.MI_CERTIFICATE,
                    ev.contains(NoteEvent.MI_DECLINED) ? Status.FAILED_VERIFICATION : Status.VERIFIED));
        }
        return docs;
    }
}
