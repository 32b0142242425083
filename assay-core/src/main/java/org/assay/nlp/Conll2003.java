package org.assay.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 NER files (token, POS, chunk, IOB1 label a line; {@code -DOCSTART-} between documents; a blank line
 * between sentences) into sentences labelled in BILOU ({@link NameLabels}). Documents are numbered in file order.
 * Stateless.
 */
final class Conll2003 {

    private Conll2003() {
    }

    static List<TaggedSentence> read(Path file) throws IOException {
        List<TaggedSentence> out = new ArrayList<>();
        int doc = 0;
        List<String> words = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<Boolean> begins = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.startsWith("-DOCSTART-")) {
                flush(out, doc, words, types, begins);
                doc++;
                continue;
            }
            if (line.isBlank()) {
                flush(out, doc, words, types, begins);
                continue;
            }
            String[] f = line.split(" ");
            if (f.length < 4) {
                throw new IOException(file + ":" + lineNo + ": a CoNLL-2003 line needs 4 columns, this has " + f.length);
            }
            String label = f[f.length - 1];
            words.add(f[0]);
            types.add(label.equals("O") ? null : label.substring(2));
            begins.add(label.startsWith("B-"));
        }
        flush(out, doc, words, types, begins);
        return out;
    }

    /** IOB1 to BILOU: an entity runs over tokens of one type until the type changes or a B- starts another. */
    private static void flush(List<TaggedSentence> out, int doc, List<String> words, List<String> types,
                              List<Boolean> begins) {
        if (words.isEmpty()) {
            return;
        }
        String[] labels = new String[words.size()];
        for (int i = 0; i < labels.length; i++) {
            String type = types.get(i);
            if (type == null) {
                labels[i] = NameLabels.OUTSIDE;
                continue;
            }
            boolean first = i == 0 || !type.equals(types.get(i - 1)) || begins.get(i);
            boolean last = i + 1 == labels.length || !type.equals(types.get(i + 1)) || begins.get(i + 1);
            labels[i] = (first && last ? "U-" : first ? "B-" : last ? "L-" : "I-") + type;
        }
        out.add(new TaggedSentence("doc" + doc, words.toArray(String[]::new), labels));
        words.clear();
        types.clear();
        begins.clear();
    }
}
