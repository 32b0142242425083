package org.assay.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReadersTest {

    @TempDir
    Path dir;

    @Test
    void conllUGivesSyntacticWordsWithTheirXposAndSkipsMultiWordTokens() throws IOException {
        Path f = dir.resolve("a.conllu");
        Files.writeString(f, """
                # newdoc id = d1
                # text = I don't know.
                1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_
                2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
                2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
                3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
                4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_
                4.1\tx\tx\tX\tXX\t_\t_\t_\t_\t_
                5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

                """);
        List<TaggedSentence> read = ConllU.read(f);
        assertThat(read).singleElement().satisfies(s -> {
            assertThat(s.document()).isEqualTo("d1");
            assertThat(s.words()).containsExactly("I", "do", "n't", "know", ".");
            assertThat(s.labels()).containsExactly("PRP", "VBP", "RB", "VB", ".");
        });
    }

    @Test
    void conll2003IobOneBecomesBilouAndDocumentsAreNumbered() throws IOException {
        Path f = dir.resolve("eng.x");
        Files.writeString(f, """
                -DOCSTART- -X- O O

                Peter NNP I-NP I-PER
                Blackburn NNP I-NP I-PER
                met VBD I-VP O
                Kohl NNP I-NP I-PER
                Schmidt NNP I-NP B-PER
                in IN I-PP O
                Bonn NNP I-NP I-LOC

                -DOCSTART- -X- O O

                EU NNP I-NP I-ORG
                """);
        List<TaggedSentence> read = Conll2003.read(f);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).labels()).containsExactly("B-PER", "L-PER", "O", "U-PER", "U-PER", "O", "U-LOC");
        assertThat(read.get(1).labels()).containsExactly("U-ORG");
        assertThat(read.get(0).document()).isNotEqualTo(read.get(1).document());
    }

    @Test
    void aShortLineIsReportedWithFileAndLine() throws IOException {
        Path f = dir.resolve("bad.conllu");
        Files.writeString(f, "1\tI\tI\n");
        assertThatThrownBy(() -> ConllU.read(f)).hasMessageContaining("bad.conllu:1");
    }
}
