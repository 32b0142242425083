package org.assay.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assay.article.Article;
import org.assay.entity.Entities;
import org.assay.entity.EntityRecognizer;
import org.assay.nlp.Annotated;
import org.assay.nlp.NlpPipeline;

/**
 * Measures check-worthiness against ClaimBuster's labelled sentences (a JSON list of {sentence_id, label, text}, label
 * 1 = check-worthy factual claim), read from the shared eval folder at run time; nothing of it is kept. Prints ROC AUC
 * of {@link ClaimExtractor#checkworthiness} and precision, recall and F1 of the extractor's own decision (at least one
 * claim reported for the sentence).
 *
 * <p>Run: {@code java -cp <test classpath> org.assay.claim.CheckworthinessEval FILE.json [LIMIT]}; LIMIT reads about that
 * many rows, evenly spaced through the file (the files are sorted by label).
 */
public final class CheckworthinessEval {

    private CheckworthinessEval() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode rows = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        NlpPipeline nlp = NlpPipeline.load();
        EntityRecognizer recognizer = new EntityRecognizer();
        ClaimExtractor extractor = new ClaimExtractor();
        List<double[]> scored = new ArrayList<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : rows.size();
        int stride = Math.max(1, rows.size() / Math.max(1, limit));
        for (int i = 0; i < rows.size(); i += stride) {
            JsonNode row = rows.get(i);
            Annotated doc = nlp.annotate(Article.of("s" + row.get("sentence_id").asText(), row.get("text").asText()));
            Entities entities = recognizer.recognize(doc);
            boolean gold = row.get("label").asInt() == 1;
            scored.add(new double[] {extractor.checkworthiness(doc, entities), gold ? 1 : 0});
            boolean predicted = !extractor.extract(doc, entities, List.of()).isEmpty();
            tp += predicted && gold ? 1 : 0;
            fp += predicted && !gold ? 1 : 0;
            fn += !predicted && gold ? 1 : 0;
        }
        double p = tp / (double) Math.max(1, tp + fp);
        double r = tp / (double) Math.max(1, tp + fn);
        System.out.printf("sentences %d  ROC AUC %.3f  reported-claim P %.3f R %.3f F1 %.3f%n", scored.size(),
                auc(scored), p, r, 2 * p * r / Math.max(1e-9, p + r));
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
}
