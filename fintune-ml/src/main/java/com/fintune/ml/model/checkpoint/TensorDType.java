package com.fintune.ml.model.checkpoint;

/** Element types a safetensors file may hold that FinTune reads; F32 and F16 can also be written. */
public enum TensorDType {
    F32(4), F16(2), BF16(2);

    private final int bytes;

    TensorDType(int bytes) {
        this.bytes = bytes;
    }

    /** Bytes per element. */
    public int bytes() {
        return bytes;
    }

    /** Parses the header's {@code dtype} string; {@code null} when FinTune cannot read that type. */
    static TensorDType fromHeader(String dtype) {
        for (TensorDType t : values()) {
            if (t.name().equals(dtype)) {
                return t;
            }
        }
        return null;
    }
}
