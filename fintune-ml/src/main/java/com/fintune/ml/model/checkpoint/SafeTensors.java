package com.fintune.ml.model.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the safetensors format: an 8-byte little-endian header length, a JSON header (per tensor
 * {@code dtype}, {@code shape}, {@code data_offsets} relative to the data section, plus {@code __metadata__}),
 * then the raw little-endian data. Reads F32, F16 and BF16 (converted to float32); writes F32 or F16.
 */
public final class SafeTensors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_HEADER = 100L * 1024 * 1024;

    private SafeTensors() {
    }

    /** All tensors of the file, in header order, as float32. */
    public static Map<String, TensorData> read(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < 8) {
                throw new CheckpointException(file + ": too short for a safetensors file (" + size + " bytes)");
            }
            ByteBuffer lenBuf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, lenBuf, 0);
            long headerLen = lenBuf.flip().getLong();
            if (headerLen <= 0 || headerLen > MAX_HEADER || 8 + headerLen > size) {
                throw new CheckpointException(file + ": invalid safetensors header length " + headerLen);
            }
            ByteBuffer header = ByteBuffer.allocate((int) headerLen);
            readFully(ch, header, 8);
            JsonNode root = JSON.readTree(new String(header.array(), StandardCharsets.UTF_8));
            long dataStart = 8 + headerLen;
            Map<String, TensorData> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("__metadata__")) {
                    continue;
                }
                out.put(e.getKey(), readTensor(ch, file, e.getKey(), e.getValue(), dataStart, size));
            }
            return out;
        } catch (IOException e) {
            throw new CheckpointException("cannot read safetensors file " + file + ": " + e.getMessage(), e);
        }
    }

    private static TensorData readTensor(FileChannel ch, Path file, String name, JsonNode spec, long dataStart,
                                         long fileSize) throws IOException {
        TensorDType dtype = TensorDType.fromHeader(spec.path("dtype").asText());
        if (dtype == null) {
            throw new CheckpointException(file + ": tensor " + name + " has unsupported dtype "
                    + spec.path("dtype").asText() + " (supported: F32, F16, BF16)");
        }
        JsonNode shapeNode = spec.path("shape");
        long[] shape = new long[shapeNode.size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            shape[i] = shapeNode.get(i).asLong();
            count *= shape[i];
        }
        long begin = spec.path("data_offsets").path(0).asLong(-1);
        long end = spec.path("data_offsets").path(1).asLong(-1);
        if (begin < 0 || end < begin || dataStart + end > fileSize || end - begin != count * dtype.bytes()) {
            throw new CheckpointException(file + ": tensor " + name + " has data_offsets [" + begin + ", " + end
                    + "] that do not fit its shape " + shapeNode + " and dtype " + dtype + " or the file size");
        }
        if (count > Integer.MAX_VALUE) {
            throw new CheckpointException(file + ": tensor " + name + " is too large (" + count + " elements)");
        }
        ByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, dataStart + begin, end - begin)
                .order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[(int) count];
        switch (dtype) {
            case F32 -> buf.asFloatBuffer().get(values);
            case F16 -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = HalfFloats.halfToFloat(buf.getShort());
                }
            }
            case BF16 -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = HalfFloats.bfloat16ToFloat(buf.getShort());
                }
            }
            default -> throw new IllegalStateException(dtype.name());
        }
        return new TensorData(name, shape, values);
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos + buf.position());
            if (n < 0) {
                throw new IOException("unexpected end of file");
            }
        }
    }

    /**
     * Writes tensors in sorted-name order as F32 or F16; written to a temporary file first and moved into place,
     * so a failed write never leaves a half-written file under {@code file}.
     */
    public static void write(Path file, List<TensorData> tensors, TensorDType dtype) {
        if (dtype == TensorDType.BF16) {
            throw new IllegalArgumentException("writing BF16 is not supported; use F32 or F16");
        }
        List<TensorData> sorted = new ArrayList<>(tensors);
        sorted.sort((a, b) -> a.name().compareTo(b.name()));
        ObjectNode header = JSON.createObjectNode();
        header.putObject("__metadata__").put("format", "pt");
        long offset = 0;
        for (TensorData t : sorted) {
            ObjectNode spec = header.putObject(t.name());
            spec.put("dtype", dtype.name());
            var shape = spec.putArray("shape");
            for (long d : t.shape()) {
                shape.add(d);
            }
            long len = (long) t.values().length * dtype.bytes();
            spec.putArray("data_offsets").add(offset).add(offset + len);
            offset += len;
        }
        byte[] headerBytes = padded(header.toString().getBytes(StandardCharsets.UTF_8));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            ByteBuffer len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(headerBytes.length);
            os.write(len.array());
            os.write(headerBytes);
            for (TensorData t : sorted) {
                os.write(encode(t.values(), dtype));
            }
        } catch (IOException e) {
            throw new CheckpointException("cannot write " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CheckpointException("cannot move " + tmp + " to " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] padded(byte[] header) {
        int len = (header.length + 7) / 8 * 8;
        byte[] out = new byte[len];
        System.arraycopy(header, 0, out, 0, header.length);
        for (int i = header.length; i < len; i++) {
            out[i] = ' ';
        }
        return out;
    }

    private static byte[] encode(float[] values, TensorDType dtype) {
        ByteBuffer buf = ByteBuffer.allocate(values.length * dtype.bytes()).order(ByteOrder.LITTLE_ENDIAN);
        if (dtype == TensorDType.F32) {
            buf.asFloatBuffer().put(values);
        } else {
            for (float v : values) {
                buf.putShort(HalfFloats.floatToHalf(v));
            }
        }
        return buf.array();
    }
}
