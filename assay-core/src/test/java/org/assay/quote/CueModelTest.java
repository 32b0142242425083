package org.assay.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assay.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training, writing and reading the cue model, on examples made here. */
class CueModelTest {

    private static List<Token> sentence(String... wordTags) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < wordTags.length; i++) {
            String[] wt = wordTags[i].split("/");
            tokens.add(new Token(i, wt[0], wt[1], wt.length > 2 ? wt[2] : "O", offset, offset + wt[0].length(), 0));
            offset += wt[0].length() + 1;
        }
        return tokens;
    }

    @Test
    void aTrainedModelSeparatesWhatItWasShownAndSurvivesItsFile(@TempDir Path dir) throws IOException {
        List<Token> stance = sentence("Lee/NNP/PERSON", "backs/VBZ", "the/DT", "bill/NN");
        List<Token> event = sentence("The/DT", "river/NN", "flooded/VBD", "the/DT", "town/NN");
        List<CueModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            examples.add(new CueModel.Example(CueModel.features(stance, 1, 0, stance.size()), true));
            examples.add(new CueModel.Example(CueModel.features(event, 2, 0, event.size()), false));
        }
        Path file = dir.resolve("cues.tsv.gz");
        int kept = CueModel.train(examples, 5, 1, 0.0, file);
        assertThat(kept).isPositive();
        CueModel model;
        try (InputStream in = Files.newInputStream(file)) {
            model = CueModel.read(in);
        }
        assertThat(model.attributes(stance, 1, 0, stance.size())).isTrue();
        assertThat(model.attributes(event, 2, 0, event.size())).isFalse();
    }

    @Test
    void theFeaturesNameTheSubjectPastAuxiliariesAndMarkThePassive() {
        List<Token> passive = sentence("The/DT", "plan/NN", "was/VBD", "backed/VBN", "by/IN", "Lee/NNP/PERSON");
        List<String> f = CueModel.features(passive, 3, 0, passive.size());
        assertThat(f).contains("subj=NN", "pass", "w=backed", "nw=by");
    }
}
