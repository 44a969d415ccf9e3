package com.fintune.ml.cli;

import com.fintune.ml.data.ApplicationFileException;
import com.fintune.ml.data.ApplicationFiles;
import com.fintune.ml.data.LabeledApplication;
import com.fintune.ml.data.lar.LarApplication;
import com.fintune.ml.data.lar.LarFilingWriter;
import com.fintune.ml.data.lar.Transmittal;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fintune export-lar}: decided applications from a CSV / JSON Lines file to a filing-format LAR. */
@Command(name = "export-lar", mixinStandardHelpOptions = true,
        description = {"Writes the applications that have a final HMDA action as a filing-format LAR.",
            "The file holds a transmittal line and 110-field records; applications without a final action are",
            "left out."})
final class ExportLarCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "applications (.csv or JSON Lines)")
    private Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the LAR file to write")
    private Path out;

    @Option(names = "--lei", required = true, paramLabel = "LEI", description = "the filer's 20-character LEI")
    private String lei;

    @Option(names = "--name", defaultValue = "FinTune lender", paramLabel = "NAME", description = "the filer's name")
    private String name;

    @Option(names = "--year", defaultValue = "2024", paramLabel = "YYYY", description = "calendar year (default: 2024)")
    private int year;

    @Override
    public void run() {
        if (!lei.matches("[A-Za-z0-9]{20}")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lei must be 20 letters or digits");
        }
        List<LabeledApplication> apps;
        try {
            apps = new ApplicationFiles().read(in);
        } catch (NoSuchFileException e) {
            throw CliFailure.badFile("no such file: " + in);
        } catch (IOException e) {
            throw CliFailure.badFile("cannot read " + in + ": " + e.getMessage());
        } catch (ApplicationFileException e) {
            throw CliFailure.badFile(in + ": " + e.problems().get(0) + " (" + e.problems().size() + " problem(s))");
        }
        LocalDate applied = LocalDate.of(year, 3, 1);
        LocalDate acted = LocalDate.of(year, 4, 15);
        List<LarApplication> records = apps.stream().filter(a -> a.decision().actionTaken() != null)
                .map(a -> LarApplication.fromDecision(a, lei, applied, acted)).toList();
        Transmittal ts = new Transmittal(name, year, 4, "NA", "NA", "NA", "NA", "NA", "NA", "NA", 9, records.size(),
                "NA", lei);
        try {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, out.getFileName().toString(), ".part");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                new LarFilingWriter().write(w, ts, records);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw CliFailure.badFile("cannot write " + out + ": " + e.getMessage());
        }
        spec.commandLine().getOut().printf("wrote %d LAR records (%d applications without a final action left out) to %s%n",
                records.size(), apps.size() - records.size(), out);
        spec.commandLine().getOut().flush();
    }
}
