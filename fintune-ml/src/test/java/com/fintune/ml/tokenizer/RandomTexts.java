package com.fintune.ml.tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded adversarial texts: mixed scripts, every kind of white space, emoji sequences, contractions, added tokens. */
final class RandomTexts {

    private static final String[][] POOLS = {
        split("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        split("0123456789½²٣"),
        split(".,;:!?'\"()-_/\\@#$%&*+=<>[]{}|~`^"),
        {" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u3000", "\u2028", "\u200b", "\u2009", "\u000b", "\u000c", "\u0085",
            "\u1680"},
        split("éèàüößçñøåÉÜ"),
        split("漢字日本語中文한국어"),
        {"😀", "👍🏽", "👨‍👩‍👧", "🇺🇸", "❤️", "\uD83E\uDDD1"},
        split("привет мир"),
        split("مرحبا"),
        split("नमस्ते"),
        split("ខ្មែរ"),
        {"'s", "'t", "'re", "'ve", "'m", "'ll", "'d", "'S", "<mask>", "<s>", "</s>", "<pad>", "<unk>", " <mask>",
            "<mask >", "madeupword0000"},
        {"e\u0301", "\u0300", "\ufeff", "\u0000", "\u0001", "\u007f"},
    };

    private RandomTexts() {
    }

    static List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(41);
            for (int p = 0; p < pieces; p++) {
                String[] pool = POOLS[random.nextInt(POOLS.length)];
                text.append(pool[random.nextInt(pool.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static String[] split(String characters) {
        return characters.codePoints().mapToObj(Character::toString).toArray(String[]::new);
    }
}
