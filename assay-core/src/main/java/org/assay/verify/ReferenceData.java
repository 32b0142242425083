package org.assay.verify;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every loaded dataset, indexed once at load: by id and by family, editions in publication order. Immutable and
 * thread-safe; checking a claim does no I/O.
 */
public final class ReferenceData {

    private final Map<String, Dataset> byId = new LinkedHashMap<>();
    /** Each family's editions in publication order; a long table by year is checked through its pivot, made on use. */
    private final Map<String, List<Edition>> families = new LinkedHashMap<>();

    private record Edition(Dataset loaded, Lazily<Dataset> checked) {
    }
    private final List<LoadProblem> problems;

    /**
     * Which edition of a family a check uses.
     *
     * @param current the edition current on the date asked for
     * @param others  the family's other editions, in publication order
     * @param note    why {@code current} was chosen when it is not simply the one current on the date, else ""
     */
    public record Choice(Dataset current, List<Dataset> others, String note) {
        public Choice {
            Objects.requireNonNull(current, "current");
            others = List.copyOf(others);
            Objects.requireNonNull(note, "note");
        }
    }

    private ReferenceData(List<Dataset> datasets, List<LoadProblem> problems) {
        List<LoadProblem> all = new ArrayList<>(problems);
        for (Dataset d : datasets) {
            Dataset before = byId.put(d.id(), d);
            if (before != null) {
                all.add(new LoadProblem(d.origin() + DatasetLoader.MANIFEST, 0, "dataset id " + d.id()
                        + " also loaded from " + before.origin() + "; this one replaces it"));
            }
        }
        for (Dataset d : byId.values()) {
            families.computeIfAbsent(d.manifest().family(), k -> new ArrayList<>())
                    .add(new Edition(d, new Lazily<>(() -> YearPivot.of(d))));
        }
        families.values().forEach(l -> l.sort(Comparator.comparing((Edition e) -> e.loaded().manifest().published())));
        this.problems = List.copyOf(all);
    }

    /** The datasets given, as they are (for tests and embedders). */
    public static ReferenceData of(List<Dataset> datasets, List<LoadProblem> problems) {
        return new ReferenceData(datasets, problems);
    }

    /** The bundled pack, then each user folder in order (a user dataset with a bundled id replaces it). */
    public static ReferenceData load(List<Path> userFolders) {
        DatasetLoader loader = new DatasetLoader();
        List<Dataset> datasets = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        DatasetLoader.Result pack = loader.loadPack();
        datasets.addAll(pack.datasets());
        problems.addAll(pack.problems());
        for (Path folder : userFolders) {
            DatasetLoader.Result r = loader.loadFolder(folder);
            datasets.addAll(r.datasets());
            problems.addAll(r.problems());
        }
        return new ReferenceData(datasets, problems);
    }

    /** The datasets as loaded (a long table by year is checked through its {@link YearPivot}). */
    public List<Dataset> datasets() {
        return List.copyOf(byId.values());
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    /** Whether no dataset is loaded. */
    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** One edition-chosen dataset per family. */
    public List<Choice> choose(LocalDate asOf) {
        return families.keySet().stream().map(f -> choose(f, asOf)).toList();
    }

    /** What the datasets of {@code family} are about ("rare earths", "Volodymyr Zelensky"), from its latest edition. */
    String subject(String family) {
        return choose(family, null).current().manifest().subject();
    }

    /**
     * The edition of {@code family} current on {@code asOf}: the latest published on or before it. With no date, the
     * latest edition; when every edition came out after the date, the earliest; both say so in the note.
     */
    public Choice choose(String family, LocalDate asOf) {
        List<Edition> loaded = families.get(family);
        if (loaded == null) {
            throw new IllegalArgumentException("no dataset family " + family);
        }
        List<Dataset> editions = loaded.stream().map(e -> e.checked().get()).toList();
        Dataset current = null;
        String note = "";
        if (asOf == null) {
            current = editions.get(editions.size() - 1);
            note = editions.size() > 1 ? "The article's date is unknown, so the latest edition was used." : "";
        } else {
            for (Dataset d : editions) {
                if (!d.manifest().published().isAfter(asOf)) {
                    current = d;
                }
            }
            if (current == null) {
                current = editions.get(0);
                note = editions.size() > 1 || !current.manifest().isSeries() && !current.manifest().isLong()
                        ? "No edition was out yet on " + asOf + "; the earliest, " + current.edition() + ", was used."
                        : "";
            }
        }
        Dataset chosen = current;
        return new Choice(chosen, editions.stream().filter(d -> d != chosen).toList(), note);
    }
}
