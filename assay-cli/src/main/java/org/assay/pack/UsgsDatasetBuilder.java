package org.assay.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.assay.entity.CountryGazetteer;

/**
 * Builds one dataset of a USGS edition from the upstream rows of one commodity: one row per place, one column per
 * measure and year (in the measure's base unit), a qualifier column beside figures that carry one, note columns, the
 * world total and "other countries" rows keyed once whatever their spelling. Refuses (with the file and line) a Type
 * no block of the recipe names, a figure in a column the recipe gives no meaning, a place twice in a block, and two
 * blocks that disagree on a figure: nothing upstream is dropped unread. Stateless.
 */
final class UsgsDatasetBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SHARED_FIELDS = Set.of("publisher", "edition", "published", "source", "licence",
            "attribution", "publisherNames");
    private static final String KEY_COLUMN = "country";
    private static final String PLACE_NOTE = "place_note";

    private final CountryGazetteer gazetteer = CountryGazetteer.bundled();

    /**
     * @param upstream where the rows come from, in words for the provenance ("file mcs2024-coppe_world.csv")
     * @param warn     told of each place name nothing resolves
     * @return the dataset, or empty when the commodity has no figure at all in this edition
     */
    Optional<PackDataset> build(UsgsEdition e, UsgsCommodity c, List<UsgsRow> rows, String upstream, PackPlaces places,
                                Consumer<String> warn) {
        Table t = new Table(e, c, places);
        rows.forEach(t::add);
        String id = e.idPrefix() + c.slug();
        if (t.measures().isEmpty()) {
            warn.accept(id + ": no figure in " + upstream + "; no dataset written");
            return Optional.empty();
        }
        t.entries.values().stream().filter(x -> x.place.kind() == UsgsPlace.Kind.UNRESOLVED).forEach(x ->
                warn.accept(id + ": place \"" + x.place.key() + "\" (" + x.firstSeen + ") is no country Assay knows;"
                        + " kept as written"));
        t.settleStatuses();
        List<String> header = t.header();
        List<List<String>> out = new ArrayList<>();
        for (Entry x : t.entries.values()) {
            List<String> cells = new ArrayList<>();
            for (String column : header) {
                cells.add(x.cell(column));
            }
            out.add(cells);
        }
        return Optional.of(new PackDataset(id, manifest(e, c, t, id, upstream), header, out));
    }

    private ObjectNode manifest(UsgsEdition e, UsgsCommodity c, Table t, String id, String upstream) {
        e.manifest().fieldNames().forEachRemaining(f -> {
            if (!SHARED_FIELDS.contains(f)) {
                throw new IllegalStateException("USGS recipe " + e.key() + ": unknown manifest field \"" + f + "\"");
            }
        });
        ObjectNode m = JSON.createObjectNode();
        m.put("id", id);
        m.put("family", e.familyPrefix() + c.slug());
        m.set("publisher", e.manifest().get("publisher"));
        List<String> metrics = new ArrayList<>();
        t.measures().forEach(x -> {
            if (!metrics.contains(x.spec.metric())) {
                metrics.add(x.spec.metric());
            }
        });
        m.put("title", e.titleFormat().replace("{commodity}", c.title()).replace("{measures}", "world " + and(metrics)));
        for (String f : List.of("edition", "published", "source", "licence", "attribution")) {
            if (e.manifest().has(f)) {
                m.set(f, e.manifest().get(f));
            }
        }
        m.put("provenance", provenance(e, t, upstream));
        if (e.manifest().has("publisherNames")) {
            m.set("publisherNames", e.manifest().get("publisherNames"));
        }
        ObjectNode key = m.putObject("key");
        key.put("column", KEY_COLUMN);
        key.put("kind", "country");
        if (t.entries.values().stream().anyMatch(x -> x.place.kind() == UsgsPlace.Kind.TOTAL)) {
            key.put("total", e.aggregates().totalKey());
        }
        List<String> others = t.entries.values().stream().filter(x -> x.place.kind() == UsgsPlace.Kind.OTHERS
                || x.place.kind() == UsgsPlace.Kind.LUMP).map(x -> x.place.key()).toList();
        if (!others.isEmpty()) {
            others.forEach(key.putArray("others")::add);
        }
        Map<String, String> aliases = t.aliases();
        if (!aliases.isEmpty()) {
            ObjectNode a = key.putObject("aliases");
            aliases.forEach((k, v) -> a.putArray(k).add(v));
        }
        m.put("subject", c.subject());
        c.subjectTerms().forEach(m.putArray("subjectTerms")::add);
        ArrayNode measures = m.putArray("measures");
        for (Column x : t.measures()) {
            ObjectNode ms = measures.addObject();
            ms.put("column", x.value);
            ms.put("metric", x.spec.metric());
            ms.put("unit", x.unit.unit());
            ms.put("unitName", x.spec.unitName());
            if (x.year != null) {
                ms.put("year", x.year);
                ms.put("estimate", x.year == e.estimatedYear());
            }
            if (x.qualified) {
                ms.put("qualifierColumn", x.qualifier);
            }
            x.spec.terms().forEach(ms.putArray("terms")::add);
        }
        if (!c.notes().isEmpty()) {
            c.notes().forEach(m.putArray("notes")::add);
        }
        return m;
    }

    private static String provenance(UsgsEdition e, Table t, String upstream) {
        StringBuilder p = new StringBuilder(e.provenance());
        p.append(" This dataset: ").append(upstream).append("; Type blocks ");
        List<String> blocks = new ArrayList<>();
        for (UsgsBlock b : t.c.blocks()) {
            Set<String> types = t.typesSeen.get(b.id());
            List<String> metrics = t.measures().stream().filter(x -> b.specs().contains(x.spec)).map(x -> x.spec.metric())
                    .distinct().toList();
            if (types != null) {
                blocks.add(String.join(" / ", types.stream().map(s -> "\"" + s + "\"").toList()) + " ("
                        + (metrics.isEmpty() ? "no figures" : String.join(", ", metrics)) + ")");
            }
        }
        p.append(String.join(", ", blocks)).append('.');
        if (!t.conversions.isEmpty()) {
            p.append(" Units converted: ").append(String.join("; ", t.conversions)).append('.');
        }
        t.corrections.forEach((correction, metrics) -> p.append(" Unit label corrected: ").append(and(List.copyOf(metrics)))
                .append(" figures ").append(correction).append('.'));
        return p.toString();
    }

    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** One measure column and its year. */
    private static final class Column {
        final UsgsMeasureSpec spec;
        final Integer year;
        final UsgsEdition.Unit unit;
        final String value;
        final String qualifier;
        boolean used;
        boolean qualified;

        Column(UsgsMeasureSpec spec, Integer year, boolean estimated, UsgsEdition.Unit unit) {
            this.spec = spec;
            this.year = year;
            this.unit = unit;
            String stem = spec.column() + (year == null ? "" : "_" + year + (estimated ? "e" : ""));
            this.value = stem + "_" + unit.unit();
            this.qualifier = stem + "_qualifier";
        }
    }

    /**
     * A cell's words where a figure was expected ("2023: W"), shown in the measure's note unless another block gave
     * the figure.
     */
    private record Status(String stem, int slot, String text) {
    }

    /** One place's row. */
    private static final class Entry {
        final UsgsPlace place;
        final String firstSeen;
        final Map<String, BigDecimal> figures = new LinkedHashMap<>();
        final Map<String, String> figureBlock = new LinkedHashMap<>();
        final Map<String, String> qualifiers = new LinkedHashMap<>();
        final Map<String, Set<String>> notes = new LinkedHashMap<>();
        final Set<String> placeNotes = new LinkedHashSet<>();
        final Map<String, String> blocks = new LinkedHashMap<>();
        final List<Status> statuses = new ArrayList<>();

        Entry(UsgsPlace place, String firstSeen) {
            this.place = place;
            this.firstSeen = firstSeen;
        }

        void note(String column, String text) {
            notes.computeIfAbsent(column, k -> new LinkedHashSet<>()).add(text);
        }

        String cell(String column) {
            if (column.equals(KEY_COLUMN)) {
                return place.key();
            }
            if (column.equals(PLACE_NOTE)) {
                return String.join("; ", placeNotes);
            }
            BigDecimal v = figures.get(column);
            if (v != null) {
                return v.stripTrailingZeros().toPlainString();
            }
            if (qualifiers.containsKey(column)) {
                return qualifiers.get(column);
            }
            return String.join(" | ", notes.getOrDefault(column, Set.of()));
        }
    }

    /** The dataset being built. */
    private final class Table {
        final UsgsEdition e;
        final UsgsCommodity c;
        final PackPlaces places;
        final Map<String, Entry> entries = new LinkedHashMap<>();
        final Map<String, TreeMap<Integer, Column>> columns = new LinkedHashMap<>();
        final Map<String, UsgsMeasureSpec> stems = new LinkedHashMap<>();
        final Map<String, Set<String>> typesSeen = new LinkedHashMap<>();
        final Set<String> conversions = new LinkedHashSet<>();
        final Map<String, Set<String>> corrections = new LinkedHashMap<>();

        Table(UsgsEdition e, UsgsCommodity c, PackPlaces places) {
            this.e = e;
            this.c = c;
            this.places = places;
        }

        void add(UsgsRow row) {
            UsgsBlock block = c.block(row.type(), row.place());
            if (block == null) {
                throw new IllegalStateException(row.where() + ": Type \"" + UsgsCell.tidy(row.type()) + "\" ("
                        + UsgsCell.tidy(row.place()) + ") matches no block of " + c.slug() + " in the USGS vocabulary");
            }
            typesSeen.computeIfAbsent(block.id(), k -> new LinkedHashSet<>()).add(UsgsCell.tidy(row.type()));
            UsgsPlace place = UsgsPlace.read(row.place(), e.aggregates(), this::known);
            Entry entry = entries.computeIfAbsent(place.key(), k -> new Entry(place, row.where()));
            if (!place.note().isEmpty()) {
                entry.placeNotes.add(place.note());
            }
            String before = entry.blocks.put(block.id(), row.where());
            if (before != null && !c.sumDuplicates()) {
                throw new IllegalStateException(row.where() + ": " + place.key() + " a second time in block "
                        + block.id() + " of " + c.slug() + " (first at " + before + ")");
            }
            for (UsgsRow.Figure f : row.figures()) {
                figure(row, block, entry, f, before != null);
            }
            row.notes().forEach((kind, text) -> {
                String note = UsgsCell.tidy(text);
                if (note.isEmpty() || block.quietNotes().contains(kind)) {
                    return;
                }
                block.measures().forEach((k, spec) -> {
                    if (k.equals(kind) || k.startsWith(kind + ":")) {
                        entry.note(spec.column() + "_note", note);
                    }
                });
            });
        }

        private void figure(UsgsRow row, UsgsBlock block, Entry entry, UsgsRow.Figure f, boolean again) {
            String kindTag = f.tag().isEmpty() ? f.kind() : f.kind() + ":" + f.tag();
            UsgsMeasureSpec spec = block.spec(f.kind(), f.tag());
            UsgsCell cell = UsgsCell.parse(f.cell());
            if (spec == null) {
                if (cell.hasNumber() && !block.ignored().contains(kindTag)) {
                    throw new IllegalStateException(row.where() + ": a " + kindTag + " figure (" + f.cell() + ") in block "
                            + block.id() + " of " + c.slug() + ", which gives that kind of figure no meaning");
                }
                return;
            }
            if (!cell.hasNumber() && entry.place.kind() == UsgsPlace.Kind.TOTAL
                    && c.totalsInNotes().contains(f.kind())) {
                cell = UsgsCell.leading(row.notes().getOrDefault(f.kind(), ""));
            }
            String label = spec.sourceUnit(e.key(), f.unit());
            String when = f.year() == null ? spec.metric() : String.valueOf(f.year());
            if (cell.hasNumber()) {
                Column col = column(spec, f.year(), label, f.unit());
                col.used = true;
                BigDecimal v = cell.number().multiply(col.unit.scale());
                put(row, block, entry, col.value, v, again);
                if (!cell.qualifier().isEmpty()) {
                    entry.qualifiers.put(col.qualifier, e.qualifiers().getOrDefault(cell.qualifier(), cell.qualifier()));
                    col.qualified = true;
                }
                if (cell.estimated()) {
                    entry.note(spec.column() + "_note", when + ": estimated");
                }
            } else if (!cell.status().isEmpty()) {
                entry.statuses.add(new Status(spec.column(), f.year() == null ? Integer.MAX_VALUE : f.year(),
                        when + ": " + cell.status()));
            }
        }

        private void put(UsgsRow row, UsgsBlock block, Entry entry, String column, BigDecimal v, boolean again) {
            BigDecimal old = entry.figures.get(column);
            if (old == null) {
                entry.figures.put(column, v);
                entry.figureBlock.put(column, block.id());
            } else if (again && block.id().equals(entry.figureBlock.get(column))) {
                entry.figures.put(column, old.add(v));
            } else if (old.compareTo(v) != 0) {
                throw new IllegalStateException(row.where() + ": " + entry.place.key() + " " + column + " is " + v
                        + " in block " + block.id() + " but " + old + " in block " + entry.figureBlock.get(column));
            }
        }

        private Column column(UsgsMeasureSpec spec, Integer year, String label, String fileLabel) {
            UsgsMeasureSpec known = stems.putIfAbsent(spec.column(), spec);
            if (known != null && !known.metric().equals(spec.metric())) {
                throw new IllegalStateException(c.slug() + ": column " + spec.column() + " is both \"" + known.metric()
                        + "\" and \"" + spec.metric() + "\"");
            }
            UsgsEdition.Unit unit = e.units().get(label);
            if (unit == null) {
                throw new IllegalStateException(c.slug() + ": unit \"" + label + "\" of " + spec.column()
                        + " is not in the units of recipe " + e.key());
            }
            if (unit.scale().compareTo(BigDecimal.ONE) != 0) {
                conversions.add((label.isEmpty() ? "(no unit)" : label) + " × " + unit.scale().toPlainString()
                        + " → " + unit.unit());
            }
            if (!label.equals(fileLabel)) {
                corrections.computeIfAbsent("read as " + label + ", not the file's \"" + fileLabel + "\"",
                        k -> new LinkedHashSet<>()).add(spec.metric());
            }
            TreeMap<Integer, Column> byYear = columns.computeIfAbsent(spec.column(), k -> new TreeMap<>());
            int slot = year == null ? Integer.MAX_VALUE : year;
            Column col = byYear.computeIfAbsent(slot, k -> new Column(spec, year, year != null
                    && year == e.estimatedYear(), unit));
            if (!col.unit.equals(unit)) {
                throw new IllegalStateException(c.slug() + ": " + spec.column() + " " + year + " is in both "
                        + col.unit.unit() + " and " + unit.unit());
            }
            return col;
        }

        /** Each status goes to its measure's note, unless the figure it stands for came from another block. */
        void settleStatuses() {
            for (Entry x : entries.values()) {
                Map<String, Set<String>> notes = new LinkedHashMap<>();
                for (Status st : x.statuses) {
                    Column col = columns.getOrDefault(st.stem(), new TreeMap<>()).get(st.slot());
                    if (col == null || !x.figures.containsKey(col.value)) {
                        notes.computeIfAbsent(st.stem() + "_note", k -> new LinkedHashSet<>()).add(st.text());
                    }
                }
                x.notes.forEach((k, v) -> notes.computeIfAbsent(k, n -> new LinkedHashSet<>()).addAll(v));
                x.notes.clear();
                x.notes.putAll(notes);
            }
        }

        /** COUNTRY, TERRITORY or LUMP for a whole place name, or null. */
        private UsgsPlace.Kind known(String name) {
            if (e.lumps().contains(name)) {
                return UsgsPlace.Kind.LUMP;
            }
            if (e.territories().contains(name)) {
                return UsgsPlace.Kind.TERRITORY;
            }
            if (gazetteer.lookup(name).isPresent() || e.aliases().containsKey(name) || places.iso3(name).isPresent()) {
                return UsgsPlace.Kind.COUNTRY;
            }
            return null;
        }

        /** The measure columns with a figure, in recipe order (blocks, then their measures, then years). */
        List<Column> measures() {
            List<Column> out = new ArrayList<>();
            Set<String> done = new LinkedHashSet<>();
            for (UsgsBlock b : c.blocks()) {
                for (UsgsMeasureSpec s : b.specs()) {
                    if (done.add(s.column()) && columns.containsKey(s.column())) {
                        columns.get(s.column()).values().stream().filter(x -> x.used).forEach(out::add);
                    }
                }
            }
            return out;
        }

        /** The key column, each measure column (its qualifier beside it, its notes after its last year), place notes. */
        List<String> header() {
            List<String> h = new ArrayList<>(List.of(KEY_COLUMN));
            List<Column> measures = measures();
            for (int i = 0; i < measures.size(); i++) {
                Column x = measures.get(i);
                h.add(x.value);
                if (x.qualified) {
                    h.add(x.qualifier);
                }
                String note = x.spec.column() + "_note";
                boolean last = i + 1 == measures.size() || !measures.get(i + 1).spec.column().equals(x.spec.column());
                if (last && entries.values().stream().anyMatch(y -> y.notes.containsKey(note))) {
                    h.add(note);
                }
            }
            if (entries.values().stream().anyMatch(y -> !y.placeNotes.isEmpty())) {
                h.add(PLACE_NOTE);
            }
            return h;
        }

        /** Aliases for the country keys the gazetteer does not know by themselves, and the recipe's own. */
        Map<String, String> aliases() {
            Map<String, String> out = new LinkedHashMap<>();
            for (Entry x : entries.values()) {
                String key = x.place.key();
                if (x.place.kind() != UsgsPlace.Kind.COUNTRY) {
                    continue;
                }
                String target = e.aliases().get(key);
                if (target != null) {
                    if (gazetteer.lookup(target).isEmpty()) {
                        throw new IllegalStateException("USGS vocabulary: alias \"" + target + "\" of \"" + key
                                + "\" is no name Assay's gazetteer knows");
                    }
                    out.put(key, target);
                } else if (gazetteer.lookup(key).isEmpty()) {
                    String iso3 = places.iso3(key).orElseThrow();
                    gazetteer.countries().stream().filter(g -> g.iso3().equals(iso3)).findFirst()
                            .ifPresent(g -> out.put(key, g.name()));
                }
            }
            return out;
        }
    }
}
