package org.assay.nlp;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The taggers' model files: gzipped {@link DataOutputStream} data, read buffered above the inflater (a model is read
 * in many small pieces, and each would otherwise be a call into it). Stateless.
 */
final class ModelFiles {

    private static final int BUFFER = 1 << 16;

    /** Something that reads a model from its stream. */
    @FunctionalInterface
    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private ModelFiles() {
    }

    /**
     * The bundled model {@code resource} (beside this class), read by {@code reader}; an {@link IllegalStateException}
     * when it is missing from the class path, an {@link UncheckedIOException} when it cannot be read.
     */
    static <T> T bundled(String resource, String what, Reader<T> reader) {
        try (InputStream raw = ModelFiles.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("the " + what + " model " + resource + " is missing from the class path");
            }
            return reader.read(in(raw));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " model", e);
        }
    }

    /** The model in {@code file}, read by {@code reader}. */
    static <T> T read(Path file, Reader<T> reader) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            return reader.read(in(raw));
        }
    }

    /** A stream that writes a model to {@code file}, gzipped; the caller closes it. */
    static DataOutputStream write(Path file) throws IOException {
        return new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file), BUFFER));
    }

    private static DataInputStream in(InputStream raw) throws IOException {
        return new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER));
    }
}
