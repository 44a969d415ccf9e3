package com.fintune.ml.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Locale;

/**
 * Which text of an application a model reads, as its {@code config.json} says under {@code fintune_text}:
 * {@code "application"} (the default, what every model before this key was trained on: the application's figures in
 * words followed by the masked notes) or {@code "notes"} (the masked notes alone, for a model that reads the figures
 * through its structured inputs). Both views carry the notes with protected mentions masked.
 */
public enum TextView {
    APPLICATION("application"),
    NOTES("notes");

    /** The config.json key. */
    public static final String CONFIG_KEY = "fintune_text";

    private final String configName;

    TextView(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** The view {@code config} asks for; {@link #APPLICATION} when the key is absent. */
    public static TextView of(RobertaConfig config) {
        if (config.source() == null || !config.source().hasNonNull(CONFIG_KEY)) {
            return APPLICATION;
        }
        return parse(config.source().get(CONFIG_KEY).asText());
    }

    /** "application" or "notes" (any case); anything else is refused with the value named. */
    public static TextView parse(String name) {
        for (TextView v : values()) {
            if (v.configName.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new IllegalArgumentException(CONFIG_KEY + " is \"" + name + "\"; it must be \"application\" or "
                + "\"notes\"");
    }

    /** The same config, reading this view (written to config.json as {@code fintune_text}). */
    public RobertaConfig applyTo(RobertaConfig config) {
        try {
            ObjectNode json = (ObjectNode) new ObjectMapper().readTree(config.toJson());
            json.put(CONFIG_KEY, configName);
            return RobertaConfig.parse(json);
        } catch (IOException e) {
            throw new IllegalStateException("a config FinTune writes is valid JSON", e);
        }
    }
}
