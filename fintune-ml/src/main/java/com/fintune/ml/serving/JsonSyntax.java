package com.fintune.ml.serving;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words why a text is not JSON, with the line and column where reading stopped. The parser's own
 * message names its classes and settings (e.g. "Source: REDACTED (StreamReadFeature...)"), which means nothing to a
 * client, so it is never passed on.
 */
public final class JsonSyntax {

    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.{1,2})'");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']{0,40})");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{0,80})'");

    private JsonSyntax() {
    }

    /** "is not valid JSON: ... at line L, column C" (the message of a {@code body} field error). */
    public static String describe(JsonProcessingException e) {
        return "is not valid JSON: " + reason(e) + where(e.getLocation());
    }

    static String reason(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonEOFException || m.contains("end-of-input")) {
            return "it ends too early (an object, array or string is not closed)";
        }
        Matcher dup = DUPLICATE.matcher(m);
        if (dup.find()) {
            return "the field \"" + dup.group(1) + "\" appears twice";
        }
        if (m.startsWith("Trailing token")) {
            return "there is more text after the JSON value";
        }
        if (m.contains("close marker")) {
            return "a closing bracket does not match the one opened";
        }
        if (m.contains("Illegal unquoted character")) {
            return "a control character (such as a line break or tab) inside a string must be escaped";
        }
        if (m.contains("Unrecognized character escape")) {
            return "a backslash in a string starts an escape that JSON does not have";
        }
        if (e instanceof StreamConstraintsException || m.contains("exceeds the maximum")) {
            return limit(m);
        }
        Matcher token = TOKEN.matcher(m);
        if (token.find()) {
            return "unknown word '" + token.group(1) + "' (text values must be in double quotes; "
                    + "true, false and null are lower case)";
        }
        Matcher ch = UNEXPECTED.matcher(m);
        if (ch.find()) {
            String c = ch.group(1);
            if (m.contains("double-quote to start field name")) {
                return "unexpected character '" + c + "' where a field name in double quotes should start";
            }
            if (m.contains("comma to separate")) {
                return "unexpected character '" + c + "' where a comma or closing bracket should be";
            }
            return "unexpected character '" + c + "'";
        }
        if (m.contains("Invalid numeric value") || m.contains("Leading zeroes") || m.contains("NaN")) {
            return "a number is not written as JSON numbers are (digits, an optional fraction and exponent)";
        }
        return "the text is not well-formed";
    }

    /** Which of the reading limits ({@link RequestLimits}) was passed, in plain words. */
    private static String limit(String m) {
        if (m.contains("nesting depth")) {
            return "objects and arrays are nested more than " + RequestLimits.MAX_NESTING_DEPTH + " deep";
        }
        if (m.contains("String value length")) {
            return "a text value is longer than " + String.format("%,d", RequestLimits.MAX_STRING_CHARS)
                    + " characters";
        }
        if (m.contains("Number value length")) {
            return "a number has more than " + String.format("%,d", RequestLimits.MAX_NUMBER_CHARS) + " digits";
        }
        if (m.contains("Document length")) {
            return "the body is longer than allowed";
        }
        if (m.contains("Name length")) {
            return "a field name is longer than " + String.format("%,d", RequestLimits.MAX_NAME_CHARS)
                    + " characters";
        }
        return "a value or nesting is larger than allowed";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + Math.max(1, location.getColumnNr());
    }
}
