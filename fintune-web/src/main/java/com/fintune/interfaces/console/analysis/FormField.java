package com.fintune.interfaces.console.analysis;

import java.util.List;

/**
 * One input of the application form: its name is the API's field name (and the component's id, so that the API's
 * field-named errors land beside it).
 *
 * @param kind    how the form value becomes JSON
 * @param unit    shown after the label ("US$", "%", "months"), or empty
 * @param options the codes of a CODE field (empty otherwise)
 */
public record FormField(String name, String label, Kind kind, String unit, boolean required, List<String> options) {

    /** How a value is sent: a number, a whole number, a code, yes/no, or text. */
    public enum Kind { NUMBER, WHOLE, CODE, YES_NO, TEXT, LONG_TEXT }

    public boolean isCode() { return kind == Kind.CODE; }
    public boolean isYesNo() { return kind == Kind.YES_NO; }
    public boolean isLongText() { return kind == Kind.LONG_TEXT; }
    public boolean isPlain() { return kind == Kind.NUMBER || kind == Kind.WHOLE || kind == Kind.TEXT; }
}
