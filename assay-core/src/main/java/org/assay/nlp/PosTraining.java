package org.assay.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Trains {@link PosTagger}: builds the dictionary of frequent one-tag words, then runs the averaged perceptron over the
 * training sentences in a shuffled order each epoch (fixed seed, so a run is reproducible), tagging greedily with its
 * own guesses as history, and keeps the epoch that tags the development sentences best. Not thread-safe.
 */
final class PosTraining {

    /** A word enters the dictionary when seen this often ... */
    static final int DICTIONARY_MIN_COUNT = 20;
    /** ... with one tag at least this share of the time. */
    static final double DICTIONARY_MIN_SHARE = 0.97;
    /** Averaged weights smaller than this are dropped from the model: they change almost no decision. */
    static final float PRUNE = 0.5f;

    private PosTraining() {
    }

    /** The trained tagger and the epoch chosen. */
    record Trained(PosTagger tagger, int epoch, double devAccuracy) {
    }

    static Trained train(List<TaggedSentence> train, List<TaggedSentence> dev, int epochs, long seed,
                         WordClusters clusters, Consumer<String> log) {
        List<String> classes = new ArrayList<>(new TreeSet<>(train.stream().flatMap(s -> Arrays.stream(s.labels()))
                .toList()));
        Map<String, Integer> index = new HashMap<>();
        classes.forEach(c -> index.put(c, index.size()));
        Map<String, Integer> dictionary = dictionary(train, index);
        PerceptronTrainer trainer = new PerceptronTrainer(classes);
        List<TaggedSentence> order = new ArrayList<>(train);
        Random random = new Random(seed);
        long[] features = new long[PosTagger.MAX_FEATURES];
        float[] scores = new float[classes.size()];
        boolean[] verbLike = PosTagger.verbLike(classes);
        Trained best = null;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            for (TaggedSentence s : order) {
                PosTagger.History history = new PosTagger.History(verbLike);
                int[] wordClusters = clusters.of(s.words());
                for (int i = 0; i < s.words().length; i++) {
                    int gold = index.get(s.labels()[i]);
                    Integer fixed = dictionary.get(s.words()[i]);
                    int guess;
                    if (fixed != null) {
                        guess = fixed;
                    } else {
                        int n = PosTagger.features(s.words(), wordClusters, i, history, features);
                        Arrays.fill(scores, 0);
                        trainer.score(features, n, scores);
                        guess = Perceptron.best(scores, null);
                        trainer.update(features, n, gold, guess);
                    }
                    history.add(guess, i);
                }
            }
            PosTagger tagger = new PosTagger(trainer.averaged(PRUNE), dictionary, clusters);
            double accuracy = accuracy(tagger, dev);
            log.accept(String.format("pos: epoch %d: dev accuracy %.2f%%", epoch, 100 * accuracy));
            if (best == null || accuracy > best.devAccuracy()) {
                best = new Trained(tagger, epoch, accuracy);
            }
        }
        return best;
    }

    /** The share of words of {@code gold} the tagger tags as the gold data does. */
    static double accuracy(PosTagger tagger, List<TaggedSentence> gold) {
        long right = 0;
        long all = 0;
        for (TaggedSentence s : gold) {
            String[] tags = tagger.tag(s.words());
            for (int i = 0; i < tags.length; i++) {
                right += tags[i].equals(s.labels()[i]) ? 1 : 0;
                all++;
            }
        }
        return all == 0 ? 0 : (double) right / all;
    }

    private static Map<String, Integer> dictionary(List<TaggedSentence> train, Map<String, Integer> index) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (TaggedSentence s : train) {
            for (int i = 0; i < s.words().length; i++) {
                counts.computeIfAbsent(s.words()[i], k -> new HashMap<>()).merge(s.labels()[i], 1, Integer::sum);
            }
        }
        Map<String, Integer> out = new HashMap<>();
        counts.forEach((word, tags) -> {
            int total = tags.values().stream().mapToInt(Integer::intValue).sum();
            Map.Entry<String, Integer> top = Collections.max(tags.entrySet(), Map.Entry.comparingByValue());
            if (total >= DICTIONARY_MIN_COUNT && top.getValue() >= DICTIONARY_MIN_SHARE * total) {
                out.put(word, index.get(top.getKey()));
            }
        });
        return out;
    }
}
