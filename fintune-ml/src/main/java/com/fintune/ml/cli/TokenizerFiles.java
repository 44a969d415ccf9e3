package com.fintune.ml.cli;

import com.fintune.ml.tokenizer.TextTokenizer;
import com.fintune.ml.tokenizer.TextTokenizers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Loads the tokenizer named by {@code --tokenizer}: a tokenizer.json, or a checkpoint directory holding one. */
final class TokenizerFiles {

    private TokenizerFiles() {
    }

    static TextTokenizer load(Path fileOrDirectory) {
        Path file = Files.isDirectory(fileOrDirectory) ? fileOrDirectory.resolve("tokenizer.json") : fileOrDirectory;
        try {
            return TextTokenizers.load(file);
        } catch (NoSuchFileException e) {
            throw CliFailure.badFile("tokenizer file not found: " + file);
        } catch (IOException e) {
            throw CliFailure.badFile("cannot use tokenizer file " + file + ": " + oneLine(e.getMessage()));
        }
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable" : message.replaceAll("\\s+", " ").trim();
    }
}
