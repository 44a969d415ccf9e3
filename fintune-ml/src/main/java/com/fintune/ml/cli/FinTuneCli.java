package com.fintune.ml.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bin/fintune}: FinTune's commands, one class each. Owners add theirs to {@code subcommands}. Every failure
 * ends as one line on stderr and an {@link ExitCode}; input comes from the stream given at construction (stdin).
 */
@Command(name = "fintune", mixinStandardHelpOptions = true, versionProvider = FinTuneVersion.class,
        description = "FinTune: denial reasons and risk scores for mortgage applications with a transformer encoder (BERT or RoBERTa).",
        subcommands = {
            TokenizeCommand.class,
            BenchTokenizerCommand.class,
            PredictCommand.class,
            ExplainCommand.class,
            NoticeCommand.class,
            EncodeCommand.class,
            GenerateCommand.class,
            ImportLarCommand.class,
            ExportLarCommand.class,
            ImportBaseCommand.class,
            NoiseCeilingCommand.class,
            BenchCommand.class,
            BenchMemoryCommand.class,
            TrainCommand.class,
            EvaluateCommand.class,
            RobustnessCommand.class,
            CalibrateCommand.class,
            DriftReferenceCommand.class,
        })
public final class FinTuneCli implements Runnable {

    private final InputStream stdin;

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "show libraries' debug output (SameDiff's op lines) on stderr; off by default")
    private boolean verbose;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public FinTuneCli(InputStream stdin) {
        this.stdin = stdin;
    }

    /** The stream subcommands read their input lines from. */
    InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** A ready command line reading {@code stdin}: one-line errors, documented exit codes. */
    public static CommandLine commandLine(InputStream stdin) {
        CommandLine cli = new CommandLine(new FinTuneCli(stdin));
        cli.setParameterExceptionHandler(FinTuneCli::usageError);
        cli.setExecutionExceptionHandler(FinTuneCli::failure);
        return cli;
    }

    public static void main(String[] args) {
        // parsed by hand as well, because the stream must be in place before any library class prints
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        System.setOut(new PrintStream(new LineDroppingStream(new FileOutputStream(FileDescriptor.out),
                verbose ? new FileOutputStream(FileDescriptor.err) : java.io.OutputStream.nullOutputStream()), true,
                StandardCharsets.UTF_8));
        CommandLine cli = commandLine(System.in);
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int exitCode = cli.execute(args);
        cli.getOut().flush();
        System.exit(exitCode);
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(command.getCommandName() + ": " + e.getMessage()
                + " (see " + command.getCommandSpec().qualifiedName() + " --help)");
        command.getErr().flush();
        return ExitCode.USAGE;
    }

    private static int failure(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof CliFailure failure) {
            err.println(command.getCommandName() + ": " + failure.getMessage());
            err.flush();
            return failure.exitCode();
        }
        err.println(command.getCommandName() + ": internal error: " + e);
        err.flush();
        return ExitCode.INTERNAL;
    }
}
