package com.fintune.interfaces.rest.contract;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The remaining answers as the document describes them: notice retention (the service's {@code RetentionOutcome},
 * field for field, SchemaRecordsTest) and the explanation, which is described in words only (docs/api.md).
 */
public final class SystemSchemas {

    private SystemSchemas() {
    }

    @Schema(name = "NoticeRetention", description = "What a retention run removed")
    public record Retention(@Schema(required = true, description = "Notices created before it were removed")
                            Instant cutoff,
                            @Schema(required = true, minimum = "1", description = "fintune.notice.retention-months")
                            int months,
                            @Schema(required = true) List<RemovedNotice> removed,
                            @Schema(nullable = true, description = "SHA-256 of the manifest of what was removed")
                            String manifestSha256) {
    }

    @Schema(name = "RemovedNotice", description = "A removed adverse-action notice")
    public record RemovedNotice(@Schema(required = true) long documentId,
                                @Schema(required = true, nullable = true) Long predictionId,
                                @Schema(required = true, description = "The removed PDF's SHA-256") String sha256) {
    }

    /** Not yet described field by field: the same JSON as bin/fintune explain (docs/api.md, "Explanations"). */
    @Schema(name = "PredictionExplanation", type = SchemaType.OBJECT, description = "Why the model answered as it "
            + "did: modelVersion, method, reference (the reference applicant), risk and reasons.<NAME> (base, value, "
            + "one Shapley contribution per feature group), notes sentence by sentence, counterfactuals. Its fields "
            + "are described in docs/api.md, \"Explanations\", not yet here")
    public interface Explanation {
    }
}
