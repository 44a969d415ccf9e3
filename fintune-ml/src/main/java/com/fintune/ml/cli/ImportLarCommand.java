package com.fintune.ml.cli;

import com.fintune.ml.data.lar.LarApplication;
import com.fintune.ml.data.lar.LarImport;
import com.fintune.ml.data.lar.LarImportException;
import com.fintune.ml.data.lar.LarJson;
import com.fintune.ml.data.lar.LarProblem;
import com.fintune.ml.data.lar.LarReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fintune import-lar}: reads a HMDA LAR (filing format or public CSV), prints a summary and optionally
 * writes the mapped records as JSON Lines. A bad file prints one line per problem and exits 3, writing nothing.
 */
@Command(name = "import-lar", mixinStandardHelpOptions = true,
        description = {"Reads a HMDA LAR (pipe-delimited filing format or public LAR CSV) and prints counts.",
            "All-or-nothing: any bad row is reported (line, field, reason) and nothing is written."})
final class ImportLarCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the LAR file")
    private Path file;

    @Option(names = "--out", paramLabel = "FILE.jsonl", description = "write the mapped records as JSON Lines")
    private Path out;

    @Override
    public void run() {
        LarImport imported;
        try {
            imported = new LarReader(new RowProgress("import-lar: read", spec.commandLine().getErr())).read(file);
        } catch (NoSuchFileException e) {
            throw CliFailure.badFile("no such file: " + file);
        } catch (IOException e) {
            throw CliFailure.badFile("cannot read " + file + ": " + e.getMessage());
        } catch (LarImportException e) {
            PrintWriter err = spec.commandLine().getErr();
            for (LarProblem p : e.problems()) {
                err.println(p);
            }
            err.flush();
            throw CliFailure.badFile(file + ": " + e.problems().size() + " problem(s), nothing imported");
        }
        if (out != null) {
            write(imported);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (imported.transmittal() != null) {
            o.println("filer: " + imported.transmittal().institutionName() + " (LEI " + imported.transmittal().lei()
                    + "), year " + imported.transmittal().year());
        }
        o.println(imported.summary().describe());
        if (out != null) {
            o.println("wrote " + imported.applications().size() + " records to " + out);
        }
        o.flush();
    }

    private void write(LarImport imported) {
        try {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, out.getFileName().toString(), ".part");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (LarApplication a : imported.applications()) {
                    w.write(LarJson.toJsonLine(a));
                    w.write('\n');
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw CliFailure.badFile("cannot write " + out + ": " + e.getMessage());
        }
    }
}
