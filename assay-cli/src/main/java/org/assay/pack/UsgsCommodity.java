package org.assay.pack;

import java.util.List;
import java.util.Set;

/**
 * One commodity of the USGS vocabulary ({@code recipes/usgs-mcs-commodities.json}) as one edition sees it: its words,
 * the upstream files or commodity strings that hold it, and its blocks.
 *
 * @param slug          the dataset id's last part ("rare-earths")
 * @param title         the chapter's name ("Rare Earths")
 * @param subject       what the figures are about, in words
 * @param subjectTerms  words naming it in prose
 * @param sources       in this edition: the files (world tables) or commodity strings (world data) that hold it
 * @param blocks        its Type blocks, the default one first
 * @param notes         footnotes worth showing with a verdict, for this edition
 * @param sumDuplicates rows that name one place twice in a block (a country split by source) are added up
 * @param totalsInNotes figure kinds whose world total this edition gives in the notes column, not the figure column
 */
record UsgsCommodity(String slug, String title, String subject, List<String> subjectTerms, List<String> sources,
                     List<UsgsBlock> blocks, List<String> notes, boolean sumDuplicates, Set<String> totalsInNotes) {

    UsgsCommodity {
        subjectTerms = List.copyOf(subjectTerms);
        sources = List.copyOf(sources);
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
        totalsInNotes = Set.copyOf(totalsInNotes);
    }

    /**
     * The block a row belongs to: the one listing its place name, else the one listing its Type; null when no block
     * does (the converter refuses such a row: nothing upstream is dropped unread).
     */
    UsgsBlock block(String type, String place) {
        String t = UsgsCell.tidy(type);
        String p = UsgsCell.tidy(place);
        return blocks.stream().filter(b -> b.places().contains(p)).findFirst()
                .orElseGet(() -> blocks.stream().filter(b -> b.types().contains(t)).findFirst().orElse(null));
    }
}
