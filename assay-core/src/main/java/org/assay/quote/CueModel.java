package org.assay.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.assay.nlp.Token;

/**
 * A linear model that says whether a verb attributes what follows it to its subject ("Trump <i>attacked</i> Machado",
 * "Clinton <i>wants</i> to triple the program"): the verbs of stance and saying no word list covers. Trained on
 * PolNeAR train by {@code assay train-cues} (an averaged perceptron over the features of {@link #features}) and
 * shipped as {@code quote/cue-model.tsv.gz}: a threshold line, then one feature and its weight a line. A verb
 * attributes when its score is above the threshold. Loaded once; read by any number of threads.
 */
public final class CueModel {

    private static final String RESOURCE = "cue-model.tsv.gz";
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "is", "are", "was",
            "were", "be", "been", "being", "does", "did", "do", "can", "could", "may", "might", "should", "must", "'s",
            "’s", "'ve", "’ve", "not", "n't", "never", "also", "just", "still", "already", "repeatedly", "often");
    private static final Set<String> PASSIVE = Set.of("is", "are", "was", "were", "be", "been", "being");

    private final Map<String, Float> weights;
    private final double threshold;

    private CueModel(Map<String, Float> weights, double threshold) {
        this.weights = weights;
        this.threshold = threshold;
    }

    /** The shipped model, or one that never fires when the build has none. */
    static CueModel shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final CueModel SHIPPED = load();
    }

    private static CueModel load() {
        try (InputStream in = CueModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new CueModel(Map.of(), Double.POSITIVE_INFINITY);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static CueModel read(InputStream gz) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8));
        String first = r.readLine();
        if (first == null || !first.startsWith("#threshold\t")) {
            throw new IOException(RESOURCE + ": the first line must be #threshold<TAB>value");
        }
        double threshold = Double.parseDouble(first.substring(first.indexOf('\t') + 1));
        Map<String, Float> weights = new HashMap<>();
        for (String line; (line = r.readLine()) != null; ) {
            int tab = line.lastIndexOf('\t');
            weights.put(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1)));
        }
        return new CueModel(weights, threshold);
    }

    /** Whether the verb at token {@code k} attributes what follows it. */
    boolean attributes(List<Token> tokens, int k, int sentenceStart, int sentenceEnd) {
        return !weights.isEmpty() && score(features(tokens, k, sentenceStart, sentenceEnd)) > threshold;
    }

    double score(List<String> features) {
        double s = 0;
        for (String f : features) {
            s += weights.getOrDefault(f, 0f);
        }
        return s;
    }

    /**
     * The features of the verb at token {@code k} in the sentence [sentenceStart, sentenceEnd): the word, its ending
     * and tag; the words and tags around it; what its subject is (a person, an organisation, a pronoun, a plural
     * noun …, read past auxiliaries and adverbs); whether it is passive.
     */
    public static List<String> features(List<Token> tokens, int k, int sentenceStart, int sentenceEnd) {
        Token t = tokens.get(k);
        String w = lower(t);
        List<String> f = new ArrayList<>(20);
        f.add("b");
        f.add("w=" + w);
        f.add("s3=" + (w.length() > 3 ? w.substring(w.length() - 3) : w));
        f.add("t=" + t.tag());
        f.add("wt=" + w + "|" + t.tag());
        f.add("pw=" + (k > sentenceStart ? lower(tokens.get(k - 1)) : "<s>"));
        f.add("pt=" + (k > sentenceStart ? tokens.get(k - 1).tag() : "<s>"));
        f.add("nw=" + (k + 1 < sentenceEnd ? lower(tokens.get(k + 1)) : "</s>"));
        f.add("nt=" + (k + 1 < sentenceEnd ? tokens.get(k + 1).tag() : "</s>"));
        f.add("nnt=" + (k + 2 < sentenceEnd ? tokens.get(k + 2).tag() : "</s>"));
        f.add("wnw=" + w + "|" + (k + 1 < sentenceEnd ? lower(tokens.get(k + 1)) : "</s>"));
        f.add("wnt=" + w + "|" + (k + 1 < sentenceEnd ? tokens.get(k + 1).tag() : "</s>"));
        int j = k - 1;
        boolean passive = false;
        while (j >= sentenceStart && (tokens.get(j).tag().equals("RB") || tokens.get(j).tag().equals("MD")
                || AUXILIARIES.contains(lower(tokens.get(j))))) {
            passive |= PASSIVE.contains(lower(tokens.get(j)));
            j--;
        }
        String subject = j < sentenceStart ? "<s>" : subjectClass(tokens.get(j));
        f.add("subj=" + subject);
        f.add("subjw=" + subject + "|" + w);
        f.add("subjwnt=" + subject + "|" + w + "|" + (k + 1 < sentenceEnd ? tokens.get(k + 1).tag() : "</s>"));
        f.add("nnw=" + (k + 2 < sentenceEnd ? lower(tokens.get(k + 2)) : "</s>"));
        f.add("ppw=" + (k > sentenceStart + 1 ? lower(tokens.get(k - 2)) : "<s>"));
        f.add("first=" + firstVerb(tokens, k, sentenceStart));
        if (passive) {
            f.add("pass");
            f.add("passw=" + w);
        }
        return f;
    }

    /** Whether the verb is the first of its sentence: a main clause's verb more often than not. */
    private static boolean firstVerb(List<Token> tokens, int k, int sentenceStart) {
        for (int j = sentenceStart; j < k; j++) {
            if (tokens.get(j).tag().startsWith("VB")) {
                return false;
            }
        }
        return true;
    }

    private static String subjectClass(Token t) {
        String ner = t.ner();
        if ("PERSON".equals(ner)) {
            return "PER";
        }
        if ("ORGANIZATION".equals(ner)) {
            return "ORG";
        }
        return switch (t.tag()) {
            case "PRP" -> lower(t);
            case "NNS", "NNPS" -> "PL";
            case "NN", "NNP", "WDT", "WP", "CD", "," -> t.tag();
            default -> "other";
        };
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    /** One verb of the training data: its features and whether it cues an attribution. */
    public record Example(List<String> features, boolean cue) {
        public Example {
            features = List.copyOf(features);
        }
    }

    /**
     * Trains an averaged perceptron on {@code examples} for {@code epochs} passes in an order fixed by {@code seed},
     * and writes it with {@code threshold} to {@code out} (gzip). Returns how many features it keeps.
     */
    public static int train(List<Example> examples, int epochs, long seed, double threshold, Path out)
            throws IOException {
        Map<String, double[]> w = new HashMap<>(); // weight, summed weight, last update step
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        long step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Example e : order) {
                step++;
                double s = 0;
                for (String f : e.features()) {
                    double[] v = w.get(f);
                    s += v == null ? 0 : v[0];
                }
                boolean predicted = s > 0;
                if (predicted != e.cue()) {
                    double delta = e.cue() ? 1 : -1;
                    for (String f : e.features()) {
                        double[] v = w.computeIfAbsent(f, x -> new double[3]);
                        v[1] += v[0] * (step - v[2]);
                        v[2] = step;
                        v[0] += delta;
                    }
                }
            }
        }
        Map<String, Float> averaged = new TreeMap<>();
        for (Map.Entry<String, double[]> e : w.entrySet()) {
            double[] v = e.getValue();
            double mean = (v[1] + v[0] * (step - v[2])) / step;
            if (Math.abs(mean) > 1e-4) {
                averaged.put(e.getKey(), (float) mean);
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out));
             Writer writer = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            writer.write("#threshold\t" + threshold + "\n");
            for (Map.Entry<String, Float> e : averaged.entrySet()) {
                writer.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        return averaged.size();
    }
}
