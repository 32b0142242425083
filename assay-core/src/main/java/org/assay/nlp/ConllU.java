package org.assay.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-U files (Universal Dependencies): each sentence's syntactic words with their XPOS tags (Penn Treebank in
 * English-EWT and GUM). Multi-word tokens ("don't" over "do" and "n't") and empty nodes are skipped; the words are
 * what taggers see, as CoreNLP's tokenizer splits them. The document is the last {@code # newdoc id}. Stateless.
 */
final class ConllU {

    private ConllU() {
    }

    static List<TaggedSentence> read(Path file) throws IOException {
        List<TaggedSentence> out = new ArrayList<>();
        String doc = file.getFileName().toString();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.startsWith("# newdoc id")) {
                doc = line.substring(line.indexOf('=') + 1).strip();
            }
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!words.isEmpty()) {
                    out.add(new TaggedSentence(doc, words.toArray(String[]::new), tags.toArray(String[]::new)));
                    words.clear();
                    tags.clear();
                }
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 5) {
                throw new IOException(file + ":" + lineNo + ": a CoNLL-U line needs 10 columns, this has " + f.length);
            }
            if (f[0].contains("-") || f[0].contains(".")) {
                continue;
            }
            words.add(f[1]);
            tags.add(f[4]);
        }
        if (!words.isEmpty()) {
            out.add(new TaggedSentence(doc, words.toArray(String[]::new), tags.toArray(String[]::new)));
        }
        return out;
    }
}
