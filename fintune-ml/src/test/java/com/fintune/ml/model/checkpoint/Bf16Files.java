package com.fintune.ml.model.checkpoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Test helper: rewrites a safetensors file as BF16 (round to nearest even) or with an edited tensor list. */
final class Bf16Files {
    private Bf16Files() {
    }

    static void rewriteAsBf16(Path file) throws IOException {
        Map<String, TensorData> tensors = SafeTensors.read(file);
        ObjectNode header = new ObjectMapper().createObjectNode();
        header.putObject("__metadata__").put("format", "pt");
        long offset = 0;
        for (TensorData t : tensors.values()) {
            ObjectNode spec = header.putObject(t.name());
            spec.put("dtype", "BF16");
            var shape = spec.putArray("shape");
            for (long d : t.shape()) {
                shape.add(d);
            }
            spec.putArray("data_offsets").add(offset).add(offset + 2L * t.values().length);
            offset += 2L * t.values().length;
        }
        byte[] h = header.toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.allocate((int) (8 + h.length + offset)).order(ByteOrder.LITTLE_ENDIAN);
        buf.putLong(h.length).put(h);
        for (TensorData t : tensors.values()) {
            for (float v : t.values()) {
                int bits = Float.floatToRawIntBits(v);
                int rounded = bits + 0x7fff + ((bits >>> 16) & 1);
                buf.putShort((short) (rounded >>> 16));
            }
        }
        Files.write(file, buf.array());
    }

    static void rewrite(Path file, List<TensorData> tensors) {
        SafeTensors.write(file, tensors, TensorDType.F32);
    }
}
