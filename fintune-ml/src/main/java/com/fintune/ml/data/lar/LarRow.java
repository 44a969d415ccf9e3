package com.fintune.ml.data.lar;

/** One record of a LAR source, whatever its layout: values by field, and the line it came from. */
interface LarRow {

    int line();

    /** The raw value, trimmed; empty when blank or when the layout does not carry the field. */
    String get(LarField field);

    /** True when the layout carries this field at all (the public CSV lacks ULI, dates and scores). */
    boolean carries(LarField field);
}
