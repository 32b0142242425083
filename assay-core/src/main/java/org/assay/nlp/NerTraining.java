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

    record Trained(NameTagger tagger, int epoch, TaggerEvaluation.NameCounts dev) {
    }

    /** The sentences grouped by document, in order, each tagged by {@code pos}. */
    static List<Doc> documents(List<TaggedSentence> sentences, PosTagger pos) {
        List<Doc> out = new ArrayList<>();
        for (List<TaggedSentence> sentencesOfDoc : TaggedSentence.byDocument(sentences)) {
            Doc doc = new Doc(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (TaggedSentence s : sentencesOfDoc) {
                doc.words().add(s.words());
                doc.tags().add(pos.tag(s.words()));
                doc.gold().add(s.labels());
            }
            out.add(doc);
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
        NameTagger.Beam beam = new NameTagger.Beam(NameTagger.BEAM);
        Trained best = null;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Doc d : order) {
                NameDocument doc = new NameDocument(d.words(), d.tags(), clusters);
                for (int s = 0; s < doc.words.length; s++) {
                    int[] gold = Arrays.stream(d.gold().get(s)).mapToInt(index::get).toArray();
                    int[] guess = learn(trainer, beam, doc, s, gold, allowed);
                    for (int i = 0; i < guess.length; i++) {
                        doc.saw(doc.words[s][i], types[guess[i]]);
                    }
                }
            }
            NameTagger tagger = new NameTagger(trainer.averaged(PRUNE), clusters);
            TaggerEvaluation.NameCounts score = score(tagger, dev);
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
    private static int[] learn(PerceptronTrainer trainer, NameTagger.Beam beam, NameDocument doc, int s, int[] gold,
                               boolean[][] allowed) {
        int len = gold.length;
        long[] features = new long[NameTagger.MAX_FEATURES];
        float[] scores = new float[allowed[0].length];
        beam.start(len);
        int wrongAt = -1;
        int[] partial = new int[len];
        for (int i = 0; i < len; i++) {
            for (int b = 0; b < beam.width(); b++) {
                int prev = beam.label(b, i - 1);
                int n = NameTagger.features(doc, s, i, prev, beam.label(b, i - 2), features);
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
            int n = NameTagger.features(doc, s, i, before(gold, i, 1), before(gold, i, 2), features);
            trainer.add(features, n, gold[i], 1);
            n = NameTagger.features(doc, s, i, before(partial, i, 1), before(partial, i, 2), features);
            trainer.add(features, n, partial[i], -1);
        }
        return guess;
    }

    /** The label {@code back} tokens before token {@code i} of {@code labels}, or {@link NameTagger#START}. */
    private static int before(int[] labels, int i, int back) {
        return i >= back ? labels[i - back] : NameTagger.START;
    }

    /** Exact-span scores of the tagger's names against the documents' gold names. */
    static TaggerEvaluation.NameCounts score(NameTagger tagger, List<Doc> docs) {
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
        return new TaggerEvaluation.NameCounts(right, found, gold);
    }
}
