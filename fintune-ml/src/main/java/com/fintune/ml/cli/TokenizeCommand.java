package com.fintune.ml.cli;

import com.fintune.ml.tokenizer.TextTokenizer;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fintune tokenize}: JSON Lines {"text": …} on stdin to {"ids": […]} on stdout, one line per line. */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = {"Reads JSON Lines {\"text\": \"...\"} on stdin and writes {\"ids\": [...]} on stdout.",
            "Output lines are complete and in input order; at the first bad line it stops (exit 1)."})
final class TokenizeCommand implements Runnable {

    @CommandLine.ParentCommand
    private FinTuneCli parent;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--tokenizer", required = true, paramLabel = "FILE",
            description = "tokenizer.json (Hugging Face format), or a model directory that holds one")
    private Path tokenizerFile;

    @Option(names = "--special", description = "wrap each text in <s> ... </s>")
    private boolean special;

    @Option(names = "--max-length", paramLabel = "N",
            description = "cut to at most N ids (special tokens included); default: no limit")
    private Integer maxLength;

    @Override
    public void run() {
        if (maxLength != null && maxLength < (special ? 2 : 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-length must be at least " + (special ? "2 with --special" : "0") + ", was " + maxLength);
        }
        TextTokenizer tokenizer = TokenizerFiles.load(tokenizerFile);
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder line = new StringBuilder(256);
        JsonLinesInput.forEachObject(parent.stdin(), (lineNumber, object) -> {
            String text = JsonLinesInput.requireString(object, "text", lineNumber);
            int[] ids = maxLength == null ? tokenizer.encode(text, special) : tokenizer.encode(text, special, maxLength);
            line.setLength(0);
            line.append("{\"ids\":[");
            for (int i = 0; i < ids.length; i++) {
                line.append(i == 0 ? "" : ",").append(ids[i]);
            }
            out.append(line.append("]}\n"));
        });
        out.flush();
    }
}
