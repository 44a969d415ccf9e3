package com.fintune.ml.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fintune.ml.data.ApplicationFiles;
import com.fintune.ml.data.LoanApplication;
import com.fintune.ml.explain.attribution.AttributionReport;
import com.fintune.ml.explain.attribution.FeatureGroup;
import com.fintune.ml.explain.attribution.GroupAttributor;
import com.fintune.ml.features.FeaturePipeline;
import com.fintune.ml.notice.AdverseActionNotice;
import com.fintune.ml.notice.AnswerNotices;
import com.fintune.ml.notice.CreditScoreDisclosure;
import com.fintune.ml.notice.NoticePdf;
import com.fintune.ml.serving.ApplicationJson;
import com.fintune.ml.serving.PredictionAnswer;
import com.fintune.ml.serving.PredictionPipeline;
import com.fintune.ml.serving.ScoringModel;
import com.fintune.ml.underwriting.ProductOffer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fintune notice}: the applications of {@code fintune predict} (JSON Lines on stdin) answered the same way,
 * and for each DENY an adverse-action notice PDF {@code DIR/line-<n>.pdf} (n = the input line) plus one JSON line on
 * stdout: {@code line, file, sha256, reasons}. Other decisions are counted on stderr. The first bad line stops the
 * run (exit 1, one line). As on the server, the reasons are ranked by their Shapley contribution and the score
 * block's key factors are the groups that raised the risk score most ({@link GroupAttributor}, about a second per
 * denial).
 */
@Command(name = "notice", mixinStandardHelpOptions = true,
        description = {"Writes an adverse-action notice (PDF) for every application that the model denies.",
            "Reads the JSON Lines of `fintune predict` on stdin; for each DENY writes DIR/line-<n>.pdf and prints",
            "{\"line\",\"file\",\"sha256\",\"reasons\"}; counts the lines it skipped (APPROVE, REFER) on stderr."})
final class NoticeCommand implements Runnable {

    @CommandLine.ParentCommand
    private FinTuneCli parent;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private ServingModelOptions serving;

    @CommandLine.Mixin
    private NoticeOptions options;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "directory for the PDFs (created)")
    private Path outDir;

    @Override
    public void run() {
        serving.check(spec);
        NoticeOptions.Resolved notices = options.resolve();
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw CliFailure.badFile("--out " + outDir + " cannot be created: " + e.getMessage());
        }
        PredictionPipeline pipeline = serving.pipeline();
        List<ProductOffer> products = ProductOffer.builtIn();
        ApplicationJson requests = new ApplicationJson();
        NoticePdf pdf = new NoticePdf();
        PrintWriter out = spec.commandLine().getOut();
        long[] counts = new long[2]; // written, skipped
        try (ScoringModel model = serving.load()) {
            GroupAttributor attributor = new GroupAttributor(new FeaturePipeline(), model);
            List<LoanApplication> pending = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            Runnable flush = () -> {
                List<PredictionAnswer> answers = pipeline.predict(model, pending, products);
                for (int i = 0; i < answers.size(); i++) {
                    if ("DENY".equals(answers.get(i).decision())) {
                        write(out, pdf, attributor, notices, lines.get(i), pending.get(i), answers.get(i));
                        counts[0]++;
                    } else {
                        counts[1]++;
                    }
                }
                pending.clear();
                lines.clear();
            };
            JsonLinesInput.forEachObject(parent.stdin(), (line, object) -> {
                pending.add(PredictCommand.application(requests, object, line));
                lines.add(line);
                if (pending.size() == serving.batchSize) {
                    flush.run();
                }
            });
            flush.run();
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println("notice: " + counts[0] + (counts[0] == 1 ? " notice" : " notices") + " written to " + outDir
                + "; " + counts[1] + " not denied, skipped");
        err.flush();
    }

    private void write(PrintWriter out, NoticePdf pdf, GroupAttributor attributor, NoticeOptions.Resolved notices,
                       long line,
                       LoanApplication application, PredictionAnswer answer) {
        String reference = "input line " + line;
        AttributionReport explained = attributor.explain(application);
        List<String> factors = explained.keyRiskFactors(CreditScoreDisclosure.MAX_KEY_FACTORS).stream()
                .map(FeatureGroup::label).toList();
        AdverseActionNotice notice = AnswerNotices.notice(explained.byContribution(answer.reasonCategories()),
                notices.settings(), notices.date(), "Applicant (" + reference + ")", reference,
                application.creditScore(), factors.isEmpty() ? AnswerNotices.keyFactors(answer) : factors);
        byte[] bytes = pdf.render(notice);
        Path file = outDir.resolve("line-" + line + ".pdf");
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw CliFailure.badFile("cannot write " + file + ": " + e.getMessage());
        }
        ObjectNode json = ApplicationFiles.json().createObjectNode();
        json.put("line", line);
        json.put("file", file.toString());
        json.put("sha256", sha256(bytes));
        notice.reasons().forEach(r -> json.withArray("reasons").add(r.name()));
        try {
            out.append(ApplicationFiles.json().writeValueAsString(json)).append('\n');
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
