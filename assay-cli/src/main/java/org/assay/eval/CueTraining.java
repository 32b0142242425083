package org.assay.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assay.article.PlainTextReader;
import org.assay.article.Span;
import org.assay.nlp.Annotated;
import org.assay.nlp.NlpPipeline;
import org.assay.nlp.Sentence;
import org.assay.nlp.Token;
import org.assay.quote.CueModel;

/**
 * Trains {@link CueModel} on a PolNeAR split: every verb of every article is an example, a cue when it lies inside the
 * Cue of a relation that has a Source and a Content starting right after the cue (the article's first annotation
 * file in name order, as the scoring reads it). Articles whose name hashes into {@code holdOut} of the hundred
 * buckets are left out, so that a threshold can be chosen on them.
 */
public final class CueTraining {

    /** What training saw and wrote. */
    public record Report(int articles, int verbs, int cues, int features, Path file) {
    }

    private CueTraining() {
    }

    public static Report train(Path split, Path out, int epochs, double threshold, int holdOut,
            Consumer<String> progress) throws IOException {
        NlpPipeline nlp = NlpPipeline.load();
        List<CueModel.Example> examples = new ArrayList<>();
        int articles = 0;
        int cues = 0;
        List<Path> texts;
        try (Stream<Path> s = Files.list(split.resolve("text"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path textFile : texts) {
            String base = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
            if (Math.floorMod(base.hashCode(), 100) < holdOut) {
                continue;
            }
            Path ann = firstAnnotation(split.resolve("attributions"), base);
            if (ann == null) {
                continue;
            }
            String text = Files.readString(textFile);
            List<Span> cueSpans = cueSpans(BratDocument.parse(Files.readString(ann)));
            Annotated doc = nlp.annotate(new PlainTextReader().read(base, text));
            List<Token> tokens = doc.tokens();
            for (Sentence s : doc.sentences()) {
                for (int k = s.firstToken(); k < s.endToken(); k++) {
                    Token t = tokens.get(k);
                    if (!t.tag().startsWith("VB")) {
                        continue;
                    }
                    boolean cue = cueSpans.stream().anyMatch(c -> c.overlaps(t.span()));
                    cues += cue ? 1 : 0;
                    examples.add(new CueModel.Example(CueModel.features(tokens, k, s.firstToken(), s.endToken()), cue));
                }
            }
            if (++articles % 100 == 0) {
                progress.accept(articles + " articles read");
            }
        }
        int features = CueModel.train(examples, epochs, 42, threshold, out);
        return new Report(articles, examples.size(), cues, features, out);
    }

    /** How far after its cue a content may start for the cue to count (what Assay reads: the words after a verb). */
    private static final int CONTENT_AFTER = 25;

    /** The Cue spans of the relations with a Source whose Content starts right after the cue. */
    private static List<Span> cueSpans(BratDocument brat) {
        List<Span> out = new ArrayList<>();
        for (BratDocument.Event e : brat.events()) {
            List<Span> content = brat.spans(e.targets("Content"));
            List<Span> cue = brat.spans(e.targets("Cue"));
            if (e.targets("Source").isEmpty() || content.isEmpty() || cue.isEmpty()) {
                continue;
            }
            int cueEnd = cue.get(cue.size() - 1).end();
            int gap = content.get(0).start() - cueEnd;
            if (gap >= 0 && gap <= CONTENT_AFTER) {
                out.addAll(cue);
            }
        }
        return out;
    }

    private static Path firstAnnotation(Path folder, String base) throws IOException {
        Pattern name = Pattern.compile(Pattern.quote(base) + "(_[^_]+)?\\.ann");
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> name.matcher(p.getFileName().toString()).matches()).sorted().findFirst().orElse(null);
        }
    }
}
