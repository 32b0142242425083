package org.assay.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assay.cli.UserError;

/**
 * Turns the paths given to {@code assay eval} into cases: a {@code *.gold.json} file; a PolNeAR split folder (it has
 * {@code text/} and {@code attributions/}); or any other folder, searched recursively for {@code *.gold.json} files
 * and PolNeAR split folders. Cases come in path order. A PolNeAR article {@code X.txt} is scored with the first
 * {@code X.ann} or {@code X_*.ann} in name order; an article without one is skipped.
 */
final class EvalSources {

    private EvalSources() {
    }

    static List<EvalCase> resolve(List<Path> paths) throws IOException {
        List<EvalCase> cases = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".gold.json")) {
                cases.add(new EvalCase.GoldFileCase(p));
            } else if (Files.isDirectory(p)) {
                collect(p, cases);
            } else if (Files.exists(p)) {
                throw new UserError("not a gold file (*.gold.json), a folder of them or a PolNeAR split: " + p);
            } else {
                throw new UserError("no such file or folder: " + p);
            }
        }
        return cases;
    }

    static boolean isPolnearSplit(Path dir) {
        return Files.isDirectory(dir.resolve("text")) && Files.isDirectory(dir.resolve("attributions"));
    }

    private static void collect(Path dir, List<EvalCase> cases) throws IOException {
        if (isPolnearSplit(dir)) {
            polnear(dir, cases);
            return;
        }
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted().toList();
        }
        for (Path child : children) {
            if (Files.isDirectory(child)) {
                collect(child, cases);
            } else if (child.getFileName().toString().endsWith(".gold.json")) {
                cases.add(new EvalCase.GoldFileCase(child));
            }
        }
    }

    private static void polnear(Path split, List<EvalCase> cases) throws IOException {
        List<Path> texts;
        List<Path> annotations;
        try (Stream<Path> s = Files.list(split.resolve("text"))) {
            texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        try (Stream<Path> s = Files.list(split.resolve("attributions"))) {
            annotations = s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
        }
        for (Path text : texts) {
            firstAnnotation(text, annotations).ifPresent(ann -> cases.add(new EvalCase.PolnearCase(text, ann)));
        }
    }

    /** The first annotation in name order named after the text: {@code base.ann} or {@code base_<suffix>.ann}. */
    static Optional<Path> firstAnnotation(Path text, List<Path> sortedAnnotations) {
        String base = text.getFileName().toString().replaceFirst("\\.txt$", "");
        Pattern name = Pattern.compile(Pattern.quote(base) + "(_[^_]+)?\\.ann");
        return sortedAnnotations.stream().filter(a -> name.matcher(a.getFileName().toString()).matches()).findFirst();
    }
}
