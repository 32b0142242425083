package org.assay.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains an averaged perceptron (Collins 2002): on a wrong guess the gold class's weights of each feature rise by one
 * and the guess's fall by one; the model is the average of the weights over every step, kept cheaply as
 * {@code w - u / steps} where {@code u} sums each change times the step it was made at. Not thread-safe.
 */
final class PerceptronTrainer implements Scorer {

    private final List<String> classes;
    private final Map<Long, float[]> weights = new HashMap<>();
    private final Map<Long, double[]> sums = new HashMap<>();
    private long steps = 1;

    PerceptronTrainer(List<String> classes) {
        this.classes = List.copyOf(classes);
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

    /** Learns from one decision: moves the weights toward {@code gold} when {@code guess} differs; counts a step. */
    void update(long[] features, int n, int gold, int guess) {
        if (gold != guess) {
            for (int f = 0; f < n; f++) {
                float[] w = weights.computeIfAbsent(features[f], k -> new float[classes.size()]);
                double[] u = sums.computeIfAbsent(features[f], k -> new double[classes.size()]);
                w[gold] += 1;
                u[gold] += steps;
                if (guess >= 0) {
                    w[guess] -= 1;
                    u[guess] -= steps;
                }
            }
        }
        steps++;
    }

    /**
     * Adds {@code delta} to the weight of {@code label} in each of {@code features[0..n)}, without counting a step:
     * for a learner that moves whole sequences ({@link NerTraining}), calling {@link #tick} once per token.
     */
    void add(long[] features, int n, int label, float delta) {
        for (int f = 0; f < n; f++) {
            weights.computeIfAbsent(features[f], k -> new float[classes.size()])[label] += delta;
            sums.computeIfAbsent(features[f], k -> new double[classes.size()])[label] += delta * steps;
        }
    }

    /** Counts one step (a token seen) for {@link #add}'s learner. */
    void tick() {
        steps++;
    }

    /** The averaged model, leaving out weights whose size is under {@code prune} (and features left with none). */
    Perceptron averaged(float prune) {
        List<Long> kept = new ArrayList<>();
        List<short[]> rowClasses = new ArrayList<>();
        List<float[]> rowWeights = new ArrayList<>();
        for (Map.Entry<Long, float[]> e : weights.entrySet()) {
            float[] w = e.getValue();
            double[] u = sums.get(e.getKey());
            short[] cls = new short[w.length];
            float[] avg = new float[w.length];
            int n = 0;
            for (int c = 0; c < w.length; c++) {
                float a = (float) (w[c] - u[c] / steps);
                if (Math.abs(a) >= prune && a != 0) {
                    cls[n] = (short) c;
                    avg[n++] = a;
                }
            }
            if (n > 0) {
                kept.add(e.getKey());
                rowClasses.add(java.util.Arrays.copyOf(cls, n));
                rowWeights.add(java.util.Arrays.copyOf(avg, n));
            }
        }
        long[] features = kept.stream().mapToLong(Long::longValue).toArray();
        return Perceptron.of(classes, features, rowClasses.toArray(short[][]::new), rowWeights.toArray(float[][]::new));
    }
}
