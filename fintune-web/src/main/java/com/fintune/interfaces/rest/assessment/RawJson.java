package com.fintune.interfaces.rest.assessment;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * JSON text already written (a stored answer, or a page rendered around stored answers), sent byte for byte in UTF-8:
 * no JSON-B pass re-orders or re-formats it. Its own writer, so that the JSON-B provider never claims it.
 */
public record RawJson(String text) {

    public RawJson {
        Objects.requireNonNull(text, "text");
    }

    /** Writes {@link RawJson} as its UTF-8 bytes. */
    @Provider
    @Produces(MediaType.APPLICATION_JSON)
    public static class Writer implements MessageBodyWriter<RawJson> {

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == RawJson.class;
        }

        @Override
        public void writeTo(RawJson json, Class<?> type, Type genericType, Annotation[] annotations,
                            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
                throws IOException {
            out.write(json.text().getBytes(StandardCharsets.UTF_8));
        }
    }
}
