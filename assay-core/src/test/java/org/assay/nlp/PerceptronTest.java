package org.assay.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptronTest {

    private static final List<String> CLASSES = List.of("NOUN", "VERB");

    /** Words ending in "-ing" are verbs, the rest nouns: a problem one feature separates. */
    private static Perceptron trained() {
        PerceptronTrainer trainer = new PerceptronTrainer(CLASSES);
        List<String> words = List.of("running", "table", "jumping", "chair", "singing", "lamp");
        long[] features = new long[2];
        float[] scores = new float[2];
        for (int epoch = 0; epoch < 5; epoch++) {
            for (String w : words) {
                features[0] = FeatureHash.of(0);
                features[1] = FeatureHash.ofLower(1, w, w.length() - 3, w.length());
                java.util.Arrays.fill(scores, 0);
                trainer.score(features, 2, scores);
                trainer.update(features, 2, w.endsWith("ing") ? 1 : 0, Perceptron.best(scores, null));
            }
        }
        return trainer.averaged(0);
    }

    private static String classify(Perceptron p, String w) {
        long[] features = {FeatureHash.of(0), FeatureHash.ofLower(1, w, w.length() - 3, w.length())};
        float[] scores = new float[2];
        p.score(features, 2, scores);
        return p.classes().get(Perceptron.best(scores, null));
    }

    @Test
    void theAveragedModelLearnsASeparableRuleAndGeneralisesIt() {
        Perceptron p = trained();
        assertThat(classify(p, "Dancing")).isEqualTo("VERB");
        assertThat(classify(p, "Cable")).isEqualTo("NOUN");
    }

    @Test
    void aModelWrittenAndReadBackScoresTheSame() throws Exception {
        Perceptron p = trained();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        p.write(new DataOutputStream(bytes));
        Perceptron back = Perceptron.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        for (String w : List.of("walking", "door", "sing")) {
            assertThat(classify(back, w)).isEqualTo(classify(p, w));
        }
    }

    @Test
    void theBestClassRespectsWhatIsAllowed() {
        assertThat(Perceptron.best(new float[] {3, 1, 2}, null)).isZero();
        assertThat(Perceptron.best(new float[] {3, 1, 2}, new boolean[] {false, true, true})).isEqualTo(2);
    }

    @Test
    void featureHashesKeepTheirPartsApartAndIgnoreCaseOnlyWhenAsked() {
        assertThat(FeatureHash.ofLower(1, "the", "cat")).isNotEqualTo(FeatureHash.ofLower(1, "th", "ecat"));
        assertThat(FeatureHash.of(1, "Cat")).isNotEqualTo(FeatureHash.of(2, "Cat"));
        assertThat(FeatureHash.ofLower(1, "Cat")).isEqualTo(FeatureHash.ofLower(1, "cAT"));
        assertThat(FeatureHash.ofShape(3, "McDonald")).isEqualTo(FeatureHash.ofShape(3, "MaDonaldson"));
        assertThat(FeatureHash.ofShape(3, "1,500")).isEqualTo(FeatureHash.ofShape(3, "1,5000"))
                .isNotEqualTo(FeatureHash.ofShape(3, "12,500"));
    }
}
