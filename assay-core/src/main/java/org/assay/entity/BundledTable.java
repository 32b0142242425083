package org.assay.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A tab-separated word list bundled with Assay (the country gazetteer, the given names, the titles, the vocabularies
 * of attribution): UTF-8, one row a line, blank lines and lines starting with {@code #} skipped. A missing or
 * unreadable table is a broken build, so it fails loudly.
 */
public final class BundledTable {

    private BundledTable() {
    }

    /** The first column of resource {@code name} beside class {@code owner}, lower-cased: a word list. */
    public static Set<String> words(Class<?> owner, String name) {
        Set<String> words = new HashSet<>();
        for (String[] row : read(owner, name)) {
            words.add(row[0].toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }

    /** The rows of resource {@code name} beside class {@code owner}, each split at every tab (empty fields kept). */
    public static List<String[]> read(Class<?> owner, String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return rows;
    }
}
