package org.assay.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads datasets: the bundled pack (classpath {@code org/assay/verify/pack/}, listed in its {@code index.txt}) and
 * user folders. A folder is either one dataset (it holds {@code dataset.json} and the CSV the manifest names) or a
 * folder of such folders. A malformed manifest skips its dataset; a malformed CSV row skips that row; a cell that is
 * not a number is left blank. Each is reported as a {@link LoadProblem} with file and line, and the rest loads.
 *
 * <p>Stateless and thread-safe.
 */
public final class DatasetLoader {

    /** The manifest's file name in every dataset folder. */
    public static final String MANIFEST = "dataset.json";
    private static final String PACK = "pack/";

    private final ManifestReader manifests = new ManifestReader();
    private final Places places = Places.bundled();

    /** What one load produced: the datasets that loaded, and what was wrong. */
    public record Result(List<Dataset> datasets, List<LoadProblem> problems) {
        public Result {
            datasets = List.copyOf(datasets);
            problems = List.copyOf(problems);
        }
    }

    /** The datasets bundled with Assay. */
    public Result loadPack() {
        List<Dataset> out = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        Optional<String> index = resource(PACK + "index.txt");
        if (index.isEmpty()) {
            problems.add(new LoadProblem("bundled:" + PACK + "index.txt", 0, "missing: no bundled datasets"));
            return new Result(out, problems);
        }
        for (String folder : index.get().split("\n")) {
            if (folder.isBlank() || folder.startsWith("#")) {
                continue;
            }
            String base = PACK + folder.strip() + "/";
            Optional<String> manifest = resource(base + MANIFEST);
            if (manifest.isEmpty()) {
                problems.add(new LoadProblem("bundled:" + base + MANIFEST, 0, "missing"));
                continue;
            }
            bundled("bundled:" + base, manifest.get(), problems).ifPresent(out::add);
        }
        return new Result(out, problems);
    }

    /**
     * A bundled dataset: its manifest now, its table on first use. The pack is checked when it is built (a test
     * re-reads every table and expects no problem), so a problem found later is a broken build, not a user's error.
     */
    private Optional<Dataset> bundled(String origin, String manifestText, List<LoadProblem> problems) {
        Manifest m;
        try {
            m = manifests.read(manifestText);
        } catch (ManifestReader.Invalid | IllegalArgumentException | NullPointerException e) {
            problems.add(new LoadProblem(origin + MANIFEST, 0, e.getMessage() + "; dataset skipped"));
            return Optional.empty();
        }
        String base = origin.substring("bundled:".length());
        LazyRows rows = new LazyRows(() -> {
            List<LoadProblem> found = new ArrayList<>();
            Optional<Dataset> d = resource(base + m.file()).flatMap(csv -> table(m, origin, origin + m.file(),
                    CsvTable.parse(csv), found));
            if (d.isEmpty() || !found.isEmpty() || !d.get().manifest().equals(m)) {
                throw new IllegalStateException("the bundled dataset " + m.id() + " does not load cleanly: "
                        + (found.isEmpty() ? "its table is missing or lacks a measure's column" : found.get(0)));
            }
            return d.get().rows();
        });
        return Optional.of(new Dataset(m, origin, rows));
    }

    /** Every bundled dataset read whole, with what was wrong: for the test that keeps the pack clean. */
    Result loadPackEagerly() {
        List<LoadProblem> problems = new ArrayList<>();
        List<Dataset> out = new ArrayList<>();
        for (Dataset d : loadPack().datasets()) {
            String base = d.origin().substring("bundled:".length());
            resource(base + d.manifest().file()).flatMap(csv -> table(d.manifest(), d.origin(),
                    d.origin() + d.manifest().file(), CsvTable.parse(csv), problems)).ifPresent(out::add);
        }
        return new Result(out, problems);
    }

    /** A user folder: one dataset, or a folder of dataset folders (in name order). */
    public Result loadFolder(Path dir) {
        List<Dataset> out = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        if (Files.isRegularFile(dir.resolve(MANIFEST))) {
            folders.add(dir);
        } else {
            try (Stream<Path> children = Files.list(dir)) {
                children.filter(p -> Files.isRegularFile(p.resolve(MANIFEST))).sorted().forEach(folders::add);
            } catch (IOException e) {
                problems.add(new LoadProblem(dir.toString(), 0, "cannot list the folder: " + e.getMessage()));
            }
            if (folders.isEmpty() && problems.isEmpty()) {
                problems.add(new LoadProblem(dir.toString(), 0, "no " + MANIFEST + " in it or in its folders"));
            }
        }
        for (Path folder : folders) {
            Optional<String> manifest = file(folder.resolve(MANIFEST));
            if (manifest.isEmpty()) {
                problems.add(new LoadProblem(folder.resolve(MANIFEST).toString(), 0, "unreadable; dataset skipped"));
                continue;
            }
            read(folder + "/", manifest.get(), name -> file(folder.resolve(name)), problems).ifPresent(out::add);
        }
        return new Result(out, problems);
    }

    private Optional<Dataset> read(String origin, String manifestText, FileSource files, List<LoadProblem> problems) {
        Manifest m;
        try {
            m = manifests.read(manifestText);
        } catch (ManifestReader.Invalid e) {
            problems.add(new LoadProblem(origin + MANIFEST, e.line, e.getMessage() + "; dataset skipped"));
            return Optional.empty();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new LoadProblem(origin + MANIFEST, 0, e.getMessage() + "; dataset skipped"));
            return Optional.empty();
        }
        String csvName = origin + m.file();
        Optional<String> csv = files.read(m.file());
        if (csv.isEmpty()) {
            problems.add(new LoadProblem(csvName, 0, "missing or unreadable; dataset " + m.id() + " skipped"));
            return Optional.empty();
        }
        return table(m, origin, csvName, CsvTable.parse(csv.get()), problems);
    }

    private Optional<Dataset> table(Manifest m, String origin, String csvName, CsvTable t, List<LoadProblem> problems) {
        if (m.key().column() != null && t.column(m.key().column()) < 0) {
            problems.add(new LoadProblem(csvName, 1, "no key column \"" + m.key().column() + "\" in the header; dataset "
                    + m.id() + " skipped"));
            return Optional.empty();
        }
        Manifest.TimeAxis axis = m.time();
        if (axis != null && t.column(axis.column()) < 0) {
            problems.add(new LoadProblem(csvName, 1, "no time column \"" + axis.column() + "\" in the header; dataset "
                    + m.id() + " skipped"));
            return Optional.empty();
        }
        List<Measure> measures = new ArrayList<>();
        for (Measure measure : m.measures()) {
            if (t.column(measure.column()) < 0) {
                problems.add(new LoadProblem(csvName, 1, "no column \"" + measure.column() + "\" for measure "
                        + measure.label() + "; measure skipped"));
            } else {
                measures.add(measure);
            }
        }
        java.util.Set<String> figureColumns = new java.util.HashSet<>();
        measures.forEach(x -> figureColumns.add(x.column()));
        Map<String, String> aliases = new HashMap<>();
        m.key().aliases().forEach((key, names) -> names.forEach(n -> aliases.put(n, key)));
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Line line : t.rows()) {
            if (line.cells().size() != t.header().size()) {
                problems.add(new LoadProblem(csvName, line.number(), line.cells().size() + " cells where the header has "
                        + t.header().size() + "; row skipped"));
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < t.header().size(); i++) {
                String column = t.header().get(i);
                if (!figureColumns.contains(column)) {
                    cells.put(column, line.cells().get(i));
                }
            }
            String key = m.key().column() == null ? m.key().fixed() : cells.get(m.key().column());
            if (key.isBlank()) {
                problems.add(new LoadProblem(csvName, line.number(), "blank key; row skipped"));
                continue;
            }
            LocalDate time = null;
            if (axis != null) {
                time = TimeCell.parse(cells.get(axis.column()), axis.axis());
                if (time == null) {
                    problems.add(new LoadProblem(csvName, line.number(), "\"" + cells.get(axis.column())
                            + "\" in column " + axis.column() + " is not a " + axis.axis().name().toLowerCase(Locale.ROOT)
                            + "; row skipped"));
                    continue;
                }
            }
            Map<String, Double> figures = new HashMap<>();
            for (Measure measure : measures) {
                String cell = line.cells().get(t.column(measure.column()));
                if (cell.isBlank()) {
                    continue;
                }
                try {
                    double v = Double.parseDouble(cell.replace(",", "").replace("%", ""));
                    figures.put(measure.column(), v * measure.scale());
                } catch (NumberFormatException e) {
                    problems.add(new LoadProblem(csvName, line.number(), "\"" + cell + "\" in column "
                            + measure.column() + " is not a number; left blank"));
                }
            }
            rows.add(new Row(key, entity(m, key, aliases), line.number(), figures, cells, time));
        }
        Manifest kept = measures.size() == m.measures().size() ? m : withMeasures(m, measures);
        return kept == null ? Optional.empty() : Optional.of(new Dataset(kept, origin, rows));
    }

    private String entity(Manifest m, String key, Map<String, String> aliases) {
        String group = m.key().groups().get(key);
        if (group != null) {
            return group;
        }
        if (!m.key().isCountry() || key.equals(m.key().total())) {
            return key;
        }
        if (m.key().kind().equals("iso3")) {
            return places.ofIso3(key).orElse(key);
        }
        return places.country(key)
                .or(() -> m.key().aliases().getOrDefault(key, List.of()).stream()
                        .map(places::country).flatMap(Optional::stream).findFirst())
                .or(() -> Optional.ofNullable(aliases.get(key)).flatMap(places::country))
                .orElse(key);
    }

    private static Manifest withMeasures(Manifest m, List<Measure> measures) {
        if (measures.isEmpty()) {
            return null;
        }
        return new Manifest(m.id(), m.family(), m.publisher(), m.title(), m.edition(), m.published(), m.source(),
                m.licence(), m.provenance(), m.publisherNames(), m.file(), m.key(), m.subject(), m.subjectTerms(),
                measures, m.period(), m.population(), m.sourceColumn(), m.notes(), m.attribution(), m.time());
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(text(name, in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> file(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            return Optional.of(text(p.toString(), in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A file's text, gunzipped when its name ends in {@code .gz}. */
    private static String text(String name, InputStream in) throws IOException {
        InputStream body = name.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in, 1 << 16) : in;
        return new String(body.readAllBytes(), StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface FileSource {
        Optional<String> read(String name);
    }
}
