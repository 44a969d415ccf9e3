package com.fintune.ml.model;

/**
 * The encoder family a config.json's {@code model_type} names. Both share the layer maths and tensor names; they
 * differ in position ids (RoBERTa: padding-aware from {@code pad + 1}; BERT: {@code 0 … seq-1}) and special ids.
 */
public enum ModelType {
    ROBERTA("roberta"),
    BERT("bert");

    private final String configName;

    ModelType(String configName) {
        this.configName = configName;
    }

    /** The value of config.json's {@code model_type}. */
    public String configName() {
        return configName;
    }

    public static ModelType fromConfig(String modelType) {
        for (ModelType t : values()) {
            if (t.configName.equals(modelType)) {
                return t;
            }
        }
        throw new IllegalArgumentException("model_type \"" + modelType + "\" is not roberta or bert");
    }
}
