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
 * Trains {@link NameTagger} on BILOU-labelled documents: the documents run in a shuffled order each epoch (fixed seed),
 * each sentence searched with the tagger's beam under the weights so far and learnt from as a whole (a structured
 * averaged perceptron with early update), with the types given words in earlier sentences as history; the epoch whose
 * model scores best on the development documents is kept. Part-of-speech features come from Assay's own tagger, as at
 * run time. Not thread-safe.
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
        SequenceTrainer trainer = new SequenceTrainer(labels.size());
        List<Doc> order = new ArrayList<>(train);
        Random random = new Random(seed);
        NameTagger.Beam beam = new NameTagger.Beam(NameTagger.BEAM);
        Trained best = null;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Doc d : order) {
                NameDocument doc = new NameDocument(d.words(), d.tags());
                for (int s = 0; s < doc.words.length; s++) {
                    int[] gold = Arrays.stream(d.gold().get(s)).mapToInt(index::get).toArray();
                    int[] guess = learn(trainer, beam, doc, s, gold, allowed, clusters);
                    for (int i = 0; i < guess.length; i++) {
                        doc.saw(doc.words[s][i], types[guess[i]]);
                    }
                }
            }
            NameTagger tagger = new NameTagger(trainer.averaged(labels, PRUNE), clusters);
            Score score = score(tagger, dev);
            log.accept(String.format("ner: epoch %d: dev F1 %.2f (P %.2f, R %.2f)", epoch, 100 * score.f1(),
                    100 * score.precision(), 100 * score.recall()));
            if (best == null || score.f1() > best.dev().f1()) {
                best = new Trained(tagger, epoch, score);
            }
        }
        return best;
    }

    /**
     * Beam-searches sentence {@code s} with the trainer's weights and learns from it (early update, Collins and Roark
     * 2004): when the gold labels fall out of the beam, or the best sequence at the end is not gold, the weights move
     * toward the gold sequence and away from the best one, up to that token. Returns the best sequence.
     */
    private static int[] learn(SequenceTrainer trainer, NameTagger.Beam beam, NameDocument doc, int s, int[] gold,
                               boolean[][] allowed, WordClusters clusters) {
        int len = gold.length;
        long[] features = new long[NameTagger.MAX_FEATURES];
        float[] scores = new float[allowed[0].length];
        beam.start(len);
        int wrongAt = -1;
        int[] partial = new int[len];
        for (int i = 0; i < len; i++) {
            for (int b = 0; b < beam.width(); b++) {
                int prev = beam.label(b, i - 1);
                int n = NameTagger.features(doc, s, i, prev, beam.label(b, i - 2), clusters, features);
                Arrays.fill(scores, 0);
                trainer.score(features, n, scores);
                beam.offer(b, scores, allowed[prev + 1]);
            }
            beam.advance(i);
            trainer.tick();
            if (wrongAt < 0) {
                boolean kept = false;
                for (int b = 0; b < beam.width() && !kept; b++) {
                    kept = beam.follows(b, gold, i);
                }
                if (!kept) {
                    wrongAt = i;
                    for (int j = 0; j <= i; j++) {
                        partial[j] = beam.label(0, j);
                    }
                }
            }
        }
        int[] guess = new int[len];
        for (int i = 0; i < len; i++) {
            guess[i] = beam.label(0, i);
        }
        if (wrongAt < 0 && !Arrays.equals(guess, gold)) {
            wrongAt = len - 1;
            partial = guess;
        }
        for (int i = 0; i <= wrongAt; i++) {
            int n = NameTagger.features(doc, s, i, before(gold, i, 1), before(gold, i, 2), clusters, features);
            trainer.add(features, n, gold[i], 1);
            n = NameTagger.features(doc, s, i, before(partial, i, 1), before(partial, i, 2), clusters, features);
            trainer.add(features, n, partial[i], -1);
        }
        return guess;
    }

    /** The label {@code back} tokens before token {@code i} of {@code labels}, or {@link NameTagger#START}. */
    private static int before(int[] labels, int i, int back) {
        return i >= back ? labels[i - back] : NameTagger.START;
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

    /**
     * An averaged perceptron over whole label sequences: any feature's weight for any class may move either way, and
     * the model is the average over every token seen, kept as {@code w - u / steps}. Not thread-safe.
     */
    private static final class SequenceTrainer implements Scorer {
        private final int classes;
        private final Map<Long, float[]> weights = new HashMap<>();
        private final Map<Long, double[]> sums = new HashMap<>();
        private long steps = 1;

        SequenceTrainer(int classes) {
            this.classes = classes;
        }

        @Override
        public void score(long[] features, int n, float[] scores) {
            for (int f = 0; f < n; f++) {
                float[] w = weights.get(features[f]);
                if (w != null) {
                    for (int c = 0; c < w.length; c++) {
                        scores[c] += w[c];
                    }
                }
            }
        }

        /** Adds {@code delta} to the weight of {@code label} in each of {@code features[0..n)}. */
        void add(long[] features, int n, int label, float delta) {
            for (int f = 0; f < n; f++) {
                weights.computeIfAbsent(features[f], k -> new float[classes])[label] += delta;
                sums.computeIfAbsent(features[f], k -> new double[classes])[label] += delta * steps;
            }
        }

        /** Counts one token seen. */
        void tick() {
            steps++;
        }

        /** The averaged model, leaving out weights whose size is under {@code prune} (and features left with none). */
        Perceptron averaged(List<String> labels, float prune) {
            List<Long> kept = new ArrayList<>();
            List<short[]> rowClasses = new ArrayList<>();
            List<float[]> rowWeights = new ArrayList<>();
            for (Map.Entry<Long, float[]> e : weights.entrySet()) {
                float[] w = e.getValue();
                double[] u = sums.get(e.getKey());
                short[] cls = new short[classes];
                float[] avg = new float[classes];
                int n = 0;
                for (int c = 0; c < classes; c++) {
                    float a = (float) (w[c] - u[c] / steps);
                    if (Math.abs(a) >= prune && a != 0) {
                        cls[n] = (short) c;
                        avg[n++] = a;
                    }
                }
                if (n > 0) {
                    kept.add(e.getKey());
                    rowClasses.add(Arrays.copyOf(cls, n));
                    rowWeights.add(Arrays.copyOf(avg, n));
                }
            }
            long[] features = kept.stream().mapToLong(Long::longValue).toArray();
            return Perceptron.of(labels, features, rowClasses.toArray(short[][]::new),
                    rowWeights.toArray(float[][]::new));
        }
    }
}
