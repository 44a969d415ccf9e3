package com.fintune.audit.application;

import com.fintune.audit.chain.ChainVerification;
import com.fintune.audit.chain.ChainVerifier;
import com.fintune.audit.domain.AuditEntry;
import com.fintune.audit.infrastructure.AuditChainHead;
import com.fintune.audit.infrastructure.AuditLogRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Re-computes the whole audit chain from AUDIT_LOG, page by page, and names the first broken link. */
@Stateless
public class AuditVerifier {

    static final int PAGE = 1000;

    @PersistenceContext(unitName = "fintune")
    private EntityManager em;

    @Inject
    private AuditLogRepository log;

    /** The walk cannot see entries cut off the end; the chain head still remembers how long the log was. */
    private ChainVerification againstHead(ChainVerification walked) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ROW_ID);
        if (head == null || !walked.intact() || head.sequence() == walked.entriesVerified()) {
            return walked;
        }
        return new ChainVerification(false, walked.entriesVerified(), walked.entriesVerified() + 1,
                "the chain head records " + head.sequence() + " entries but the log ends at "
                        + walked.entriesVerified() + ": entries were removed from the end", null);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ChainVerification verify() {
        ChainVerifier verifier = new ChainVerifier();
        long after = 0;
        while (true) {
            List<AuditEntry> page = log.range(after + 1, PAGE);
            for (AuditEntry entry : page) {
                if (!verifier.accept(AuditTrail.AuditEntries.toLink(entry))) {
                    return verifier.result();
                }
                after = entry.getSeq();
            }
            em.clear();
            if (page.size() < PAGE) {
                return againstHead(verifier.result());
            }
        }
    }
}
