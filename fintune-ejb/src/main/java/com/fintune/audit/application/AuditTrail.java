package com.fintune.audit.application;

import com.fintune.audit.chain.AuditChain;
import com.fintune.audit.chain.AuditEvent;
import com.fintune.audit.chain.ChainLink;
import com.fintune.audit.domain.AuditEntry;
import com.fintune.audit.infrastructure.AuditChainHead;
import com.fintune.audit.infrastructure.AuditLogRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Appends to the hash-chained audit log inside the caller's transaction, so an audited change and its entry
 * commit or roll back together. Appends are serialised on the AUDIT_CHAIN_HEAD row (locked until commit), which
 * also works for the very first entry and across servers, where locking the newest AUDIT_LOG row would not.
 * There is deliberately no update or delete here or anywhere else.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "fintune")
    private EntityManager em;

    @Inject
    private AuditLogRepository log;

    /** Appends one entry after the current head; requires (and joins) a transaction; may be called again in it. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ChainLink append(AuditEvent event) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ROW_ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("AUDIT_CHAIN_HEAD has no row: the schema is not migrated");
        }
        ChainLink previous = head.sequence() == 0 ? null
                : new ChainLink(head.sequence(), null, null, head.entryHash());
        ChainLink link = AuditChain.next(previous, event);
        log.append(AuditEntries.toEntity(link));
        head.advanceTo(link.sequence(), link.entryHash());
        // written now, not at commit: a second append in the same transaction would otherwise leave one UPDATE of
        // the head for both, which PostgreSQL's guard refuses (it advances one entry at a time)
        em.flush();
        return link;
    }

    /** Persistence-side mapping between the entity and the chain's values. */
    static final class AuditEntries {
        private AuditEntries() {
        }

        static AuditEntry toEntity(ChainLink link) {
            AuditEvent e = link.event();
            return new AuditEntry(link.sequence(), new AuditEntry.Content(e.actor(), e.action(), e.occurredAt(),
                    e.requestId(), e.modelVersion(), e.subject(), e.inputHash(), e.outputHash()),
                    link.previousHash(), link.entryHash());
        }

        static ChainLink toLink(AuditEntry entity) {
            AuditEntry.Content c = entity.content();
            AuditEvent event = new AuditEvent(c.occurredAt(), c.actor(), c.action(), c.subject(), c.requestId(),
                    c.modelVersion(), c.inputHash(), c.outputHash());
            return new ChainLink(entity.getSeq(), event, entity.getPrevHash(), entity.getEntryHash());
        }
    }
}
