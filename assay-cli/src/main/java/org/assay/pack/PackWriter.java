package org.assay.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.assay.verify.Manifest;

/**
 * Writes one dataset folder: {@code dataset.json} and its table, {@code data.csv}, or {@code data.csv.gz} when the
 * table is larger than {@link #GZIP_ABOVE} bytes; or a {@link PackFile} beside the folders. The output is
 * byte-for-byte reproducible (Java's gzip writes no time stamp). Stateless.
 */
final class PackWriter {

    /** Tables above 256 KiB are gzipped: the pack ships inside the jar and the repository. */
    static final int GZIP_ABOVE = 256 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(PackDataset d, Path pack) throws IOException {
        Path dir = pack.resolve(d.folder());
        Files.createDirectories(dir);
        byte[] csv = csv(d.header(), d.rows()).getBytes(StandardCharsets.UTF_8);
        boolean gzip = csv.length > GZIP_ABOVE;
        String file = gzip ? "data.csv.gz" : "data.csv";
        Files.deleteIfExists(dir.resolve(gzip ? "data.csv" : "data.csv.gz"));
        if (gzip) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStream out = new GZIPOutputStream(bytes)) {
                out.write(csv);
            }
            csv = bytes.toByteArray();
        }
        Files.write(dir.resolve(file), csv);
        Files.writeString(dir.resolve("dataset.json"), JSON.writeValueAsString(manifest(d, file)) + "\n",
                StandardCharsets.UTF_8);
    }

    /** The manifest with its id and file set, its keys in the documented order; a key the format lacks is an error. */
    static ObjectNode manifest(PackDataset d, String file) {
        ObjectNode given = d.manifest().deepCopy();
        given.put("id", d.folder());
        given.put("file", file);
        given.fieldNames().forEachRemaining(k -> {
            if (!Manifest.KEYS.contains(k)) {
                throw new IllegalStateException(d.folder() + ": unknown manifest key \"" + k + "\" (docs/datasets.md)");
            }
        });
        ObjectNode out = JSON.createObjectNode();
        Manifest.KEYS.stream().filter(given::has).forEach(k -> out.set(k, given.get(k)));
        return out;
    }

    /** Writes a file that is not a dataset into the pack folder. */
    void write(PackFile f, Path pack) throws IOException {
        Files.createDirectories(pack);
        Files.writeString(pack.resolve(f.name()), f.text(), StandardCharsets.UTF_8);
    }

    static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append('\n');
    }
}
