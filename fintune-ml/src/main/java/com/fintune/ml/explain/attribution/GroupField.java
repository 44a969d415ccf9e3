package com.fintune.ml.explain.attribution;

import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.data.LoanApplicationBuilder;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One application field as a feature group moves it: its JSON name, how to read it and how to set it on a builder.
 *
 * @param name the field's name in the API's application JSON
 */
record GroupField(String name, Function<LoanApplication, Object> read, BiConsumer<LoanApplicationBuilder, Object> write) {

    @SuppressWarnings("unchecked")
    static <T> GroupField of(String name, Function<LoanApplication, T> read, BiConsumer<LoanApplicationBuilder, T> write) {
        return new GroupField(name, read::apply, (b, v) -> write.accept(b, (T) v));
    }

    /** Copies this field's value from {@code source} onto {@code target}. */
    void copy(LoanApplication source, LoanApplicationBuilder target) {
        write.accept(target, read.apply(source));
    }
}
