package org.assay.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assay.verify.CsvTable;

/**
 * Format {@code usgs-mcs-world-data}: a USGS Mineral Commodity Summaries world table for every commodity in one file
 * ({@code MCS2025_World_Data.csv}): columns SOURCE, COMMODITY, COUNTRY, TYPE, UNIT_MEAS, then figure columns
 * {@code PROD_2023}, {@code PROD_EST_ 2024} (a space in the name), {@code CAP_...}, {@code RESERVES_2024} and notes
 * columns {@code PROD_NOTES}, {@code CAP_NOTES}, {@code RESERVE_NOTES}. Commodity strings are compared tidied
 * ("Lithium " is "Lithium"); a row whose UNIT_MEAS is blank takes the one unit of the other rows of its commodity and
 * Type. Every commodity string of the file must belong to one commodity of the vocabulary. Stateless.
 */
final class UsgsWorldDataConverter implements Converter {

    private static final String COMMODITY = "COMMODITY";
    private static final String PLACE = "COUNTRY";
    private static final String TYPE = "TYPE";
    private static final String UNIT = "UNIT_MEAS";
    private static final Pattern FIGURE = Pattern.compile("(PROD|CAP|RESERVES?)_(EST_)?\\s*(\\d{4})");
    private static final Pattern NOTES = Pattern.compile("(PROD|CAP|RESERVES?)_NOTES");
    private static final Map<String, String> KINDS = Map.of("PROD", "production", "CAP", "capacity",
            "RESERVES", "reserves", "RESERVE", "reserves");

    private final UsgsDatasetBuilder builder = new UsgsDatasetBuilder();

    @Override
    public List<PackDataset> convert(JsonNode recipe, Path world, PackPlaces places) throws IOException {
        UsgsEdition e = UsgsRecipe.read(recipe);
        String name = recipe.path("file").asText();
        CsvTable t = CsvTable.parse(Files.readString(world.resolve(e.folder()).resolve(name), StandardCharsets.UTF_8));
        Map<String, List<CsvTable.Line>> byCommodity = new LinkedHashMap<>();
        int commodity = column(t, COMMODITY, name);
        t.rows().forEach(l -> byCommodity.computeIfAbsent(UsgsCell.tidy(l.cells().get(commodity)),
                k -> new ArrayList<>()).add(l));
        TreeSet<String> unclaimed = new TreeSet<>(byCommodity.keySet());
        List<PackDataset> out = new ArrayList<>();
        for (UsgsCommodity c : e.commodities()) {
            List<UsgsRow> rows = new ArrayList<>();
            List<String> described = new ArrayList<>();
            for (String s : c.sources()) {
                if (!unclaimed.remove(s)) {
                    throw new IllegalStateException(e.key() + ": " + c.slug() + " names commodity \"" + s
                            + "\", which is not in " + name + " or belongs to another commodity");
                }
                List<CsvTable.Line> lines = byCommodity.get(s);
                rows.addAll(rows(t, lines, name));
                described.add("COMMODITY \"" + s + "\" (lines " + lines.get(0).number() + "–"
                        + lines.get(lines.size() - 1).number() + ")");
            }
            builder.build(e, c, rows, "file " + name + ", " + String.join(" and ", described), places,
                    w -> System.err.println("usgs-mcs: " + w)).ifPresent(out::add);
        }
        if (!unclaimed.isEmpty()) {
            throw new IllegalStateException(e.key() + ": no commodity of the USGS vocabulary reads " + unclaimed);
        }
        return out;
    }

    /** One commodity's rows, their figure and notes cells named by what the headers say. */
    static List<UsgsRow> rows(CsvTable t, List<CsvTable.Line> lines, String name) {
        int place = column(t, PLACE, name);
        int type = column(t, TYPE, name);
        int unit = column(t, UNIT, name);
        Map<Integer, String[]> figures = new LinkedHashMap<>();
        Map<Integer, String> notes = new LinkedHashMap<>();
        for (int i = 0; i < t.header().size(); i++) {
            String h = t.header().get(i);
            Matcher f = FIGURE.matcher(h);
            Matcher n = NOTES.matcher(h);
            if (f.matches()) {
                figures.put(i, new String[] {KINDS.get(f.group(1)), f.group(3)});
            } else if (n.matches()) {
                notes.put(i, KINDS.get(n.group(1)));
            }
        }
        Map<String, Set<String>> unitsByType = new HashMap<>();
        for (CsvTable.Line l : lines) {
            String u = UsgsCell.tidy(l.cells().get(unit));
            if (!u.isEmpty()) {
                unitsByType.computeIfAbsent(UsgsCell.tidy(l.cells().get(type)), k -> new LinkedHashSet<>()).add(u);
            }
        }
        List<UsgsRow> rows = new ArrayList<>();
        for (CsvTable.Line l : lines) {
            List<String> cells = l.cells();
            if (cells.size() != t.header().size()) {
                throw new IllegalStateException(name + ":" + l.number() + ": " + cells.size() + " cells, not "
                        + t.header().size());
            }
            String u = UsgsCell.tidy(cells.get(unit));
            if (u.isEmpty()) {
                Set<String> siblings = unitsByType.getOrDefault(UsgsCell.tidy(cells.get(type)), Set.of());
                if (siblings.size() != 1) {
                    throw new IllegalStateException(name + ":" + l.number() + ": no UNIT_MEAS, and its Type has "
                            + siblings.size() + " units");
                }
                u = siblings.iterator().next();
            }
            List<UsgsRow.Figure> fs = new ArrayList<>();
            for (Map.Entry<Integer, String[]> f : figures.entrySet()) {
                String kind = f.getValue()[0];
                Integer year = kind.equals("reserves") ? null : Integer.valueOf(f.getValue()[1]);
                fs.add(new UsgsRow.Figure(kind, "", year, u, cells.get(f.getKey())));
            }
            Map<String, String> ns = new LinkedHashMap<>();
            notes.forEach((i, kind) -> ns.merge(kind, cells.get(i), (a, b) -> a + " " + b));
            rows.add(new UsgsRow(name, l.number(), cells.get(place), cells.get(type), fs, ns));
        }
        return rows;
    }

    private static int column(CsvTable t, String header, String name) {
        int i = t.column(header);
        if (i < 0) {
            throw new IllegalStateException(name + ": no column " + header);
        }
        return i;
    }
}
