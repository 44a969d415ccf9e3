package com.fintune.audit.application;

import com.fintune.audit.anchor.AuditVerification;
import com.fintune.audit.anchor.Checkpoint;
import com.fintune.audit.anchor.CheckpointLog;
import com.fintune.audit.anchor.CheckpointLogState;
import com.fintune.audit.anchor.VerificationMode;
import com.fintune.platform.database.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The audit chain's anchor outside the database. Every {@code fintune.audit.anchor.interval-minutes} (a
 * non-persistent EJB timer) and on demand it verifies the chain from the latest signed checkpoint to the head and,
 * only if that passes, signs a checkpoint for the head and appends it to the checkpoint file. Verification holds the
 * chain to the latest checkpoint, so a chain rewritten inside the database (even with every hash recomputed) or cut
 * short is reported. Settings: {@link AnchorSettings}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditAnchor {

    private static final Logger LOG = Logger.getLogger(AuditAnchor.class.getName());

    @EJB
    AuditVerifier verifier;

    @EJB
    SchemaMigrator migrator;

    @Inject
    Config config;

    @Resource
    TimerService timers;

    private CheckpointLog checkpoints;
    private boolean developmentKey;

    @PostConstruct
    void start() {
        AnchorSettings settings = AnchorSettings.from(key -> config.getOptionalValue(key, String.class),
                Path.of("").toAbsolutePath());
        AnchorSettings.LoadedKey key = settings.loadKey();
        developmentKey = key.development();
        if (developmentKey) {
            LOG.warning("Audit checkpoints are signed with a DEVELOPMENT key generated into " + key.source()
                    + ": whoever can read the server directory can forge them. Set FINTUNE_AUDIT_ANCHOR_KEY (or"
                    + " FINTUNE_AUDIT_ANCHOR_KEY_FILE) to a secret of at least 32 characters kept away from the"
                    + " database and its administrators (docs/operations.md, \"Audit anchor\").");
        }
        checkpoints = new CheckpointLog(settings.directory(), key.key());
        CheckpointLogState state = checkpoints.read(true);
        if (state.problem() != null) {
            LOG.severe("Audit checkpoint file cannot be trusted: " + state.problem());
        } else {
            LOG.info(() -> "Audit anchor: " + state.lines() + " checkpoint(s) in " + checkpoints.file()
                    + (state.latest() == null ? "" : ", latest at entry " + state.latest().sequence()) + "; key id "
                    + key.key().id() + (settings.interval() == null ? "; no timer (on demand only)"
                    : "; a checkpoint every " + settings.interval().toMinutes() + " min"));
        }
        if (settings.interval() != null) {
            long every = settings.interval().toMillis();
            timers.createIntervalTimer(Math.min(every, 60_000), every,
                    new TimerConfig("fintune-audit-checkpoint", false));
        }
    }

    /** Verifies the chain against the latest good checkpoint; FULL also re-checks every line of the file. */
    public AuditVerification verify(VerificationMode mode) {
        CheckpointLogState state = checkpoints.read(mode == VerificationMode.FULL);
        AuditVerification result = verifier.verify(state.latest(), mode);
        if (state.problem() != null) {
            result = result.withAnchorProblem(state.problem());
        }
        if (developmentKey) {
            result = result.withNote("checkpoints are signed with the generated development key: set"
                    + " FINTUNE_AUDIT_ANCHOR_KEY before relying on them");
        }
        return result;
    }

    /**
     * Verifies from the latest checkpoint and, when the chain is intact, signs and appends a checkpoint for the head.
     * {@code evenIfUnchanged}: write one even when the head is still the latest checkpoint's entry (on demand);
     * the timer passes false so an idle server does not grow the file.
     */
    public synchronized CheckpointOutcome checkpoint(boolean evenIfUnchanged) {
        CheckpointLogState state = checkpoints.read(false);
        String file = checkpoints.file().toString();
        AuditVerification verification = verifier.verify(state.latest(), VerificationMode.INCREMENTAL);
        if (state.problem() != null) {
            return refused(state, file, verification.withAnchorProblem(state.problem()),
                    "the checkpoint file cannot be trusted: " + state.problem());
        }
        if (!verification.intact()) {
            return refused(state, file, verification, "the audit chain is broken: " + verification.reason());
        }
        if (verification.headSequence() == 0) {
            return refused(state, file, verification, "the audit log is empty: there is nothing to anchor");
        }
        Checkpoint latest = state.latest();
        if (!evenIfUnchanged && latest != null && latest.sequence() == verification.headSequence()) {
            return new CheckpointOutcome(false, latest, file, verification, "no entry since the latest checkpoint");
        }
        Checkpoint written = checkpoints.append(verification.headSequence(), verification.headHash(), Instant.now());
        LOG.info(() -> "Audit checkpoint " + written.toJsonLine());
        return new CheckpointOutcome(true, written, file, verification, null);
    }

    private static CheckpointOutcome refused(CheckpointLogState state, String file, AuditVerification verification,
                                             String why) {
        return new CheckpointOutcome(false, state.latest(), file, verification, why);
    }

    @Timeout
    void onTimer() {
        if (!migrator.state().ready()) {
            return;
        }
        try {
            CheckpointOutcome outcome = checkpoint(false);
            if (!outcome.written() && outcome.refusal() != null && !outcome.verification().intact()) {
                LOG.severe("No audit checkpoint written: " + outcome.refusal());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Writing the periodic audit checkpoint failed", e);
        }
    }
}
