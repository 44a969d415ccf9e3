package com.fintune.ml.data;

/** One problem with one input field: the field's name as the API and files spell it, and what is wrong. */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
