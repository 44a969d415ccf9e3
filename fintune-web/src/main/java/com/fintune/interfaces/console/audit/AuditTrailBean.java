package com.fintune.interfaces.console.audit;

import com.fintune.audit.anchor.AuditVerification;
import com.fintune.audit.anchor.VerificationMode;
import com.fintune.audit.application.AuditAnchor;
import com.fintune.audit.application.AuditLogView;
import com.fintune.interfaces.console.ConsoleUser;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The Audit trail screen: filters, the lazy page of entries, and verification on demand. */
@Named("auditTrail")
@ViewScoped
public class AuditTrailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AuditLogView log;

    @EJB
    transient AuditAnchor anchor;

    private String subject;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private boolean full;
    private transient AuditVerification verification;
    private final LazyDataModel<AuditLogView.Entry> entries = new Entries();

    /** Entries fetched a page at a time with the filters as they stand. */
    private final class Entries extends LazyDataModel<AuditLogView.Entry> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> ignored) {
            return (int) Math.min(Integer.MAX_VALUE, log.count(filter()));
        }

        @Override
        public List<AuditLogView.Entry> load(int first, int pageSize, Map<String, SortMeta> sort,
                                             Map<String, FilterMeta> ignored) {
            return log.entries(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditLogView.Entry entry) {
            return String.valueOf(entry.sequence());
        }

        @Override
        public AuditLogView.Entry getRowData(String key) {
            return null;
        }
    }

    /** Verifies the chain (incremental from the latest signed checkpoint, or every entry when "full"). */
    public void verify() {
        try {
            verification = anchor.verify(full ? VerificationMode.FULL : VerificationMode.INCREMENTAL);
        } catch (RuntimeException e) {
            verification = null;
            ConsoleUser.message(null, FacesMessage.SEVERITY_ERROR, ConsoleUser.incident("verifying the audit trail", e));
        }
    }

    AuditLogView.Filter filter() {
        Instant start = from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new AuditLogView.Filter(subject, actor, start, end);
    }

    public LazyDataModel<AuditLogView.Entry> getEntries() { return entries; }
    public AuditVerification getVerification() { return verification; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public boolean isFull() { return full; }
    public void setFull(boolean full) { this.full = full; }
}
