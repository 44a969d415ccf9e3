package com.fintune.ml.data;

import java.util.Optional;

/** A FinTune code list whose values carry the HMDA filing code of the same field, and the one lookup by that code. */
public interface HmdaCoded {

    int hmdaCode();

    /** The value of {@code values} whose HMDA code is {@code code}, if any. */
    static <E extends HmdaCoded> Optional<E> byHmdaCode(E[] values, int code) {
        for (E value : values) {
            if (value.hmdaCode() == code) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
