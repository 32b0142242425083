package org.assay.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assay.cli.UserError;
import org.assay.nlp.NlpPipeline;
import org.assay.nlp.TaggerEvaluation;
import org.assay.nlp.Taggers;

/**
 * {@code assay eval FILE.conllu} and {@code assay eval eng.testb}: the taggers scored on gold tokens, part-of-speech
 * accuracy for CoNLL-U files and exact-span name F1 by type for CoNLL-2003 files, one table each.
 */
final class TaggerEval {

    private TaggerEval() {
    }

    static void run(List<Path> files, Taggers taggers, PrintWriter out) throws IOException {
        long t0 = System.nanoTime();
        NlpPipeline nlp = NlpPipeline.load(taggers);
        out.printf("taggers: %s (model load %.1f s)%n", taggers.label(), (System.nanoTime() - t0) / 1e9);
        for (Path f : files) {
            TaggerEvaluation.Format format = TaggerEvaluation.format(f);
            if (format == null) {
                throw new UserError(f + ": neither a CoNLL-U nor a CoNLL-2003 file");
            }
            long start = System.nanoTime();
            if (format == TaggerEvaluation.Format.CONLL_U) {
                TaggerEvaluation.PosScore s = TaggerEvaluation.pos(nlp, f);
                out.printf("%s: part-of-speech accuracy %.2f%% (%,d of %,d words), %.1f s%n", f, 100 * s.accuracy(),
                        s.right(), s.words(), (System.nanoTime() - start) / 1e9);
            } else {
                Map<String, TaggerEvaluation.NameCounts> scores = TaggerEvaluation.names(nlp, f);
                out.printf("%s: exact-span names, %.1f s%n", f, (System.nanoTime() - start) / 1e9);
                out.printf("%-5s %6s %6s %6s %7s %7s %7s%n", "type", "gold", "found", "right", "P", "R", "F1");
                scores.forEach((type, c) -> out.printf("%-5s %6d %6d %6d %7.2f %7.2f %7.2f%n", type, c.gold(),
                        c.found(), c.right(), 100 * c.precision(), 100 * c.recall(), 100 * c.f1()));
            }
        }
        out.flush();
    }
}
