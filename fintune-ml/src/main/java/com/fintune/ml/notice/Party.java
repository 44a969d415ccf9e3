package com.fintune.ml.notice;

import java.util.List;
import java.util.Objects;

/**
 * A named party on the notice (the creditor, the federal agency, the consumer reporting agency) and its postal
 * address, one line per element.
 */
public record Party(String name, List<String> address) {

    public Party {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a party on the notice needs a name");
        }
        address = List.copyOf(Objects.requireNonNull(address, "address"));
    }

    /** A party whose address is given as one text with lines separated by '|' or line breaks. */
    public static Party of(String name, String address) {
        List<String> lines = address == null ? List.of()
                : java.util.Arrays.stream(address.split("[|\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new Party(name.trim(), lines);
    }

    /** Name and address on one line, comma-separated. */
    public String oneLine() {
        return address.isEmpty() ? name : name + ", " + String.join(", ", address);
    }
}
