package org.assay.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.assay.article.Article;

/**
 * The entries of an RSS or Atom feed (Rome) as articles: the entry's full content when it has one, else its
 * description; headline, link and publication date from the entry; the feed's title as the source.
 */
final class FeedArticles {

    private FeedArticles() {
    }

    static void read(String label, InputStream in, Consumer<Item> out) throws IOException {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(in));
        } catch (FeedException | IllegalArgumentException e) {
            out.accept(new Item.Broken(label, "not an RSS or Atom feed: " + e.getMessage()));
            return;
        }
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String entryLabel = label + "#" + n;
            String html = null;
            for (SyndContent c : entry.getContents()) {
                html = c.getValue();
            }
            if ((html == null || html.isBlank()) && entry.getDescription() != null) {
                html = entry.getDescription().getValue();
            }
            String text = FeedText.of(html);
            if (text.isBlank()) {
                out.accept(new Item.Broken(entryLabel, "feed entry has no text"));
                continue;
            }
            String id = entry.getUri() != null ? entry.getUri() : entry.getLink() != null ? entry.getLink() : entryLabel;
            var published = Dates.of(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
            out.accept(new Item.Parsed(entryLabel, new Article(id, entry.getTitle(), published, feed.getTitle(),
                    entry.getLink(), text, List.of())));
        }
    }
}
