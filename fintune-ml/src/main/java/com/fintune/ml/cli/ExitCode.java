package com.fintune.ml.cli;

/** Exit statuses of {@code bin/fintune}, the same for every subcommand (documented in docs/cli.md). */
public final class ExitCode {

    /** Everything worked. */
    public static final int OK = 0;
    /** A line of the input (stdin or an input file) is not valid: not JSON, a field missing or of the wrong type. */
    public static final int BAD_INPUT = 1;
    /** The command line itself is wrong: unknown option, missing required option, value out of range. */
    public static final int USAGE = 2;
    /** A file or directory named on the command line is missing, unreadable or not in the expected format. */
    public static final int BAD_FILE = 3;
    /** An unexpected failure inside FinTune (a bug): the message names the exception. */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
