package org.assay.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Trains {@link NameTagger} on BILOU-labelled documents: the averaged perceptron runs over the documents in a shuffled
 * order each epoch (fixed seed), labelling each greedily with its own guesses as history (the labels before, and the
 * types given a word earlier in its document), and the epoch whose model scores best on the development documents is
 * kept. Part-of-speech features come from Assay's own tagger, as at run time. Not thread-safe.
 */
final class NerTraining {

    static final float PRUNE = 0.5f;

    private NerTraining() {
    }

    /** A document's sentences: words, part-of-speech tags and gold labels. */
    record Doc(List<String[]> words, List<String[]> tags, List<String[]> gold) {
    }

    record Trained(NameTagger tagger, int epoch, Score dev) {
    }

    /** Exact-span precision, recall and F1 over all types. */
    record Score(long right, long found, long gold) {
        double precision() {
            return found == 0 ? 0 : (double) right / found;
        }

        double recall() {
            return gold == 0 ? 0 : (double) right / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The sentences grouped by document, in order, each tagged by {@code pos}. */
    static List<Doc> documents(List<TaggedSentence> sentences, PosTagger pos) {
        List<Doc> out = new ArrayList<>();
        String current = null;
        Doc doc = null;
        for (TaggedSentence s : sentences) {
            if (!s.document().equals(current)) {
                doc = new Doc(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                out.add(doc);
                current = s.document();
            }
            doc.words().add(s.words());
            doc.tags().add(pos.tag(s.words()));
            doc.gold().add(s.labels());
        }
        return out;
    }

    static Trained train(List<Doc> train, List<Doc> dev, int epochs, long seed, WordClusters clusters,
                         Consumer<String> log) {
        List<String> labels = NameLabels.all();
        Map<String, Integer> index = new HashMap<>();
        labels.forEach(l -> index.put(l, index.size()));
        boolean[][] allowed = NameLabels.transitions(labels);
        int[] types = labels.stream().mapToInt(NameLabels::typeOf).toArray();
        PerceptronTrainer trainer = new PerceptronTrainer(labels);
        List<Doc> order = new ArrayList<>(train);
        Random random = new Random(seed);
        long[] features = new long[NameTagger.MAX_FEATURES];
        float[] scores = new float[labels.size()];
        Trained best = null;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Doc d : order) {
                NameDocument doc = new NameDocument(d.words(), d.tags());
                for (int s = 0; s < doc.words.length; s++) {
                    int prev = NameTagger.START;
                    int prev2 = NameTagger.START;
                    for (int i = 0; i < doc.words[s].length; i++) {
                        int gold = index.get(d.gold().get(s)[i]);
                        int n = NameTagger.features(doc, s, i, prev, prev2, clusters, features);
                        Arrays.fill(scores, 0);
                        trainer.score(features, n, scores);
                        int guess = Perceptron.best(scores, allowed[prev + 1]);
                        trainer.update(features, n, gold, guess);
                        doc.saw(doc.words[s][i], types[guess]);
                        prev2 = prev;
                        prev = guess;
                    }
                }
            }
            NameTagger tagger = new NameTagger(trainer.averaged(PRUNE), clusters);
            Score score = score(tagger, dev);
            log.accept(String.format("ner: epoch %d: dev F1 %.2f (P %.2f, R %.2f)", epoch, 100 * score.f1(),
                    100 * score.precision(), 100 * score.recall()));
            if (best == null || score.f1() > best.dev().f1()) {
                best = new Trained(tagger, epoch, score);
            }
        }
        return best;
    }

    /** Exact-span scores of the tagger's names against the documents' gold names. */
    static Score score(NameTagger tagger, List<Doc> docs) {
        long right = 0;
        long found = 0;
        long gold = 0;
        for (Doc d : docs) {
            List<String[]> guessed = tagger.tag(d.words(), d.tags());
            for (int s = 0; s < guessed.size(); s++) {
                Set<NameLabels.Span> g = new HashSet<>(NameLabels.spans(d.gold().get(s)));
                List<NameLabels.Span> p = NameLabels.spans(guessed.get(s));
                gold += g.size();
                found += p.size();
                right += p.stream().filter(g::contains).count();
            }
        }
        return new Score(right, found, gold);
    }
}
