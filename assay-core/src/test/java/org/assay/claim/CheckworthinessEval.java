package org.assay.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.assay.article.Article;
import org.assay.entity.Entities;
import org.assay.entity.EntityRecognizer;
import org.assay.nlp.Annotated;
import org.assay.nlp.NlpPipeline;

/**
 * Measures check-worthiness against labelled sentences read from the shared eval folder at run time; nothing of them is
 * kept. Two formats: ClaimBuster's JSON list of {sentence_id, label, text} (label 1 = check-worthy factual claim), and a
 * folder of CLEF 2019 CheckThat! task 1 debates (TSV: line, speaker, text, label). Prints ROC AUC of
 * {@link ClaimExtractor#checkworthiness}, precision, recall and F1 of the extractor's own decision (at least one claim
 * reported for the sentence), and for CLEF the mean over debates of the average precision of the ranking (MAP, the
 * task's official measure).
 *
 * <p>Run: {@code java -cp <test classpath> org.assay.claim.CheckworthinessEval FILE.json|DIR [LIMIT]}; LIMIT reads about
 * that many rows, evenly spaced through the file (the ClaimBuster files are sorted by label).
 */
public final class CheckworthinessEval {

    private record Row(String group, String text, boolean gold) {
    }

    private CheckworthinessEval() {
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        List<Row> rows = Files.isDirectory(input) ? clef(input) : claimBuster(input);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : rows.size();
        int stride = Math.max(1, rows.size() / Math.max(1, limit));
        NlpPipeline nlp = NlpPipeline.load();
        EntityRecognizer recognizer = new EntityRecognizer();
        ClaimExtractor extractor = new ClaimExtractor();
        List<double[]> scored = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < rows.size(); i += stride) {
            Row row = rows.get(i);
            Annotated doc = nlp.annotate(Article.of("s" + i, row.text()));
            Entities entities = recognizer.recognize(doc);
            scored.add(new double[] {extractor.checkworthiness(doc, entities), row.gold() ? 1 : 0});
            groups.add(row.group());
            boolean predicted = !extractor.extract(doc, entities, List.of()).isEmpty();
            tp += predicted && row.gold() ? 1 : 0;
            fp += predicted && !row.gold() ? 1 : 0;
            fn += !predicted && row.gold() ? 1 : 0;
        }
        double p = tp / (double) Math.max(1, tp + fp);
        double r = tp / (double) Math.max(1, tp + fn);
        System.out.printf("sentences %d (%d check-worthy)  ROC AUC %.3f  reported-claim P %.3f R %.3f F1 %.3f%n",
                scored.size(), scored.stream().filter(s -> s[1] == 1).count(), auc(scored), p, r,
                2 * p * r / Math.max(1e-9, p + r));
        if (Files.isDirectory(input)) {
            System.out.printf("MAP over %d debates %.3f%n", groups.stream().distinct().count(), map(scored, groups));
        }
    }

    private static List<Row> claimBuster(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(file.toFile())) {
            rows.add(new Row("all", n.get("text").asText(), n.get("label").asInt() == 1));
        }
        return rows;
    }

    private static List<Row> clef(Path dir) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String[] cols = line.split("\t");
                    if (cols.length >= 4) {
                        rows.add(new Row(f.getFileName().toString(), cols[2], cols[3].strip().equals("1")));
                    }
                }
            }
        }
        return rows;
    }

    /** Probability that a random positive scores above a random negative (ties count half). */
    static double auc(List<double[]> scored) {
        double wins = 0;
        long pairs = 0;
        for (double[] a : scored) {
            if (a[1] != 1) {
                continue;
            }
            for (double[] b : scored) {
                if (b[1] != 0) {
                    continue;
                }
                wins += a[0] > b[0] ? 1 : a[0] == b[0] ? 0.5 : 0;
                pairs++;
            }
        }
        return wins / Math.max(1, pairs);
    }

    /** Mean over groups of the average precision of ranking each group's rows by score (ties keep text order). */
    static double map(List<double[]> scored, List<String> groups) {
        double sum = 0;
        int n = 0;
        for (String g : groups.stream().distinct().toList()) {
            List<double[]> in = new ArrayList<>();
            for (int i = 0; i < scored.size(); i++) {
                if (groups.get(i).equals(g)) {
                    in.add(scored.get(i));
                }
            }
            in.sort(Comparator.comparingDouble((double[] s) -> -s[0]));
            double hits = 0;
            double ap = 0;
            for (int k = 0; k < in.size(); k++) {
                if (in.get(k)[1] == 1) {
                    hits++;
                    ap += hits / (k + 1);
                }
            }
            if (hits > 0) {
                sum += ap / hits;
                n++;
            }
        }
        return sum / Math.max(1, n);
    }
}
