package org.assay.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The readable text of a feed entry's HTML content or description: its paragraphs and list items, one per block,
 * separated by blank lines; the fragment's whole text when it has no such blocks.
 *
 * <p>Stateless and thread-safe.
 */
final class FeedText {

    private FeedText() {
    }

    static String of(String html) {
        Element root = Jsoup.parseBodyFragment(html == null ? "" : html).body();
        StringBuilder out = new StringBuilder();
        for (Element b : root.select("p, li, h2, h3, blockquote")) {
            if (!b.select("p, li").isEmpty() && !b.is("p, li")) {
                continue;
            }
            String t = b.text().strip();
            if (!t.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n\n").append(t);
            }
        }
        return out.length() > 0 ? out.toString() : root.text().strip();
    }
}
