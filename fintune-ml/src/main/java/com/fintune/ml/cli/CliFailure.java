package com.fintune.ml.cli;

/**
 * Ends a subcommand with one line on stderr and a specific {@link ExitCode}; thrown by subcommands, turned into
 * output by {@link FinTuneCli}.
 */
public final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** Input line {@code lineNumber} (1-based) cannot be used. */
    public static CliFailure badInput(long lineNumber, String problem) {
        return new CliFailure(ExitCode.BAD_INPUT, "line " + lineNumber + ": " + problem);
    }

    /** A file named on the command line cannot be used. */
    public static CliFailure badFile(String problem) {
        return new CliFailure(ExitCode.BAD_FILE, problem);
    }

    public int exitCode() {
        return exitCode;
    }
}
