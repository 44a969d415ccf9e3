package com.fintune.modelregistry.domain;

/**
 * Where a model version came from; every part may be unknown (null).
 *
 * @param parentVersion           the registered version it was trained from
 * @param trainingDataFingerprint e.g. the SHA-256 of the training data file
 * @param trainingConfigJson      the training configuration as JSON text
 * @param codeVersion             the code that trained it, e.g. a git commit
 */
public record ModelLineage(String parentVersion, String trainingDataFingerprint, String trainingConfigJson,
                           String codeVersion) {

    public static final ModelLineage UNKNOWN = new ModelLineage(null, null, null, null);
}
