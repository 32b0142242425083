package org.assay.nlp;

/** Scores the classes of one decision from its hashed features: a trained {@link Perceptron} or one in training. */
interface Scorer {

    /** Adds the weights of {@code features[0..n)} to {@code scores} (one slot per class). */
    void score(long[] features, int n, float[] scores);
}
