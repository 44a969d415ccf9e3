package com.fintune.audit.application;

import com.fintune.audit.anchor.AuditVerification;
import com.fintune.audit.anchor.ChainAudit;
import com.fintune.audit.anchor.ChainHead;
import com.fintune.audit.anchor.ChainSource;
import com.fintune.audit.anchor.Checkpoint;
import com.fintune.audit.anchor.VerificationMode;
import com.fintune.audit.chain.ChainLink;
import com.fintune.audit.domain.AuditEntry;
import com.fintune.audit.infrastructure.AuditChainHead;
import com.fintune.audit.infrastructure.AuditLogRepository;
import com.fintune.platform.database.DatabaseVendor;
import com.fintune.platform.database.SchemaMigrator;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Reads the audit chain for {@link ChainAudit} in one read-only transaction of its own: the head first, then the
 * entries up to it, page by page. On PostgreSQL the transaction is REPEATABLE READ, so everything comes from one
 * snapshot and an entry lying beyond the head is a finding; on H2 (READ COMMITTED) reading the head first is what
 * keeps appends committed meanwhile out of the picture (they are after the head and never read).
 */
@Stateless
public class AuditVerifier {

    static final int PAGE = 1000;

    @PersistenceContext(unitName = "fintune")
    private EntityManager em;

    @Inject
    private AuditLogRepository log;

    @EJB
    private SchemaMigrator migrator;

    /** Verifies the chain against {@code anchor}, the latest good signed checkpoint (null when none). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditVerification verify(Checkpoint anchor, VerificationMode mode) {
        boolean snapshot = readOneSnapshot();
        return new ChainAudit(new DatabaseChain(snapshot), PAGE).verify(anchor, mode);
    }

    /** PostgreSQL: make this transaction one snapshot; must be its first statement. */
    private boolean readOneSnapshot() {
        if (migrator.state().vendor() != DatabaseVendor.POSTGRESQL) {
            return false;
        }
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").executeUpdate();
        return true;
    }

    /** The chain as AUDIT_CHAIN_HEAD and AUDIT_LOG hold it. */
    private final class DatabaseChain implements ChainSource {
        private final boolean snapshot;

        DatabaseChain(boolean snapshot) {
            this.snapshot = snapshot;
        }

        @Override
        public ChainHead head() {
            AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ROW_ID);
            if (head == null) {
                throw new IllegalStateException("AUDIT_CHAIN_HEAD has no row: the schema is not migrated");
            }
            return new ChainHead(head.sequence(), head.entryHash());
        }

        @Override
        public Optional<ChainLink> entry(long sequence) {
            return log.find(sequence).map(AuditTrail.AuditEntries::toLink);
        }

        @Override
        public List<ChainLink> range(long from, long to, int limit) {
            List<AuditEntry> page = log.range(from, to, limit);
            List<ChainLink> links = page.stream().map(AuditTrail.AuditEntries::toLink).toList();
            em.clear();
            return links;
        }

        @Override
        public long entriesAfter(long sequence) {
            return snapshot ? log.countAfter(sequence) : -1;
        }
    }
}
