package com.fintune.ml.model;

/** Feed-forward activations of a RoBERTa config's {@code hidden_act}. */
public enum Activation {
    /** Exact GELU, {@code 0.5·x·(1 + erf(x/√2))}: Hugging Face's "gelu", what RoBERTa uses. */
    GELU,
    /** The tanh approximation: Hugging Face's "gelu_new" / "gelu_pytorch_tanh". */
    GELU_TANH,
    RELU;

    public static Activation fromConfig(String hiddenAct) {
        return switch (hiddenAct) {
            case "gelu" -> GELU;
            case "gelu_new", "gelu_pytorch_tanh", "gelu_fast" -> GELU_TANH;
            case "relu" -> RELU;
            default -> throw new IllegalArgumentException("unsupported hidden_act \"" + hiddenAct
                    + "\" (supported: gelu, gelu_new, gelu_pytorch_tanh, relu)");
        };
    }

    public String configName() {
        return switch (this) {
            case GELU -> "gelu";
            case GELU_TANH -> "gelu_new";
            case RELU -> "relu";
        };
    }
}
