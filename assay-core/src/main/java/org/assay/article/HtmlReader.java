package org.assay.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * HTML pages: the headline, byline, publication date, canonical address and site name from the page's metadata, and
 * the body text of its main article.
 *
 * <p>The body is the largest {@code <article>}, else {@code <main>}, else {@code <body>}. Scripts, styles, forms,
 * navigation, headers, footers, asides, figures, and elements whose class or id names an ad, share widget, newsletter
 * box, related-links list and the like are removed; each remaining block element (paragraph, heading, list item,
 * quotation) becomes one paragraph, separated by a blank line. Offsets point into that extracted text. Boilerplate
 * lines left in it are dropped from analysis as for plain text.
 *
 * <p>A page with no body text (e.g. only scripts) throws {@link UnreadableArticleException}. Stateless and thread-safe.
 */
public final class HtmlReader {

    private static final String REMOVED_TAGS = "script, style, noscript, template, nav, header, footer, aside, form,"
            + " iframe, svg, canvas, button, select, input, textarea, figure, object, embed, dialog, [hidden],"
            + " [aria-hidden=true], [role=navigation], [role=banner], [role=complementary], [role=contentinfo]";
    private static final Set<String> FURNITURE = Set.of("ad", "ads", "advert", "adverts", "advertisement",
            "advertising", "adslot", "adunit", "sponsor", "sponsored", "promo", "share", "sharing", "sharebar",
            "social", "newsletter", "related", "recommended", "cookie", "cookies", "consent", "comment", "comments",
            "subscribe", "subscription", "paywall", "byline", "breadcrumb", "breadcrumbs", "nav", "navbar", "menu",
            "sidebar", "footer", "masthead", "popup", "modal", "banner", "outbrain", "taboola", "toolbar", "tags");
    private static final Set<String> NEVER_REMOVED = Set.of("html", "body", "article", "main");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_\\-]+");
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern BY = Pattern.compile("(?i)^by\\s+");

    /** Reads the page {@code html}; {@code id} becomes the article's id. */
    public Article read(String id, String html) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"),
                text(doc.selectFirst("article h1, main h1, h1")), doc.title());
        String byline = byline(doc);
        LocalDate published = published(doc);
        String url = firstNonBlank(doc.select("link[rel=canonical]").attr("href"), meta(doc, "meta[property=og:url]"));
        String source = firstNonBlank(meta(doc, "meta[property=og:site_name]"),
                meta(doc, "meta[name=application-name]"));
        doc.select(REMOVED_TAGS).remove();
        Element main = mainElement(doc);
        removeFurniture(main);
        String text = HtmlText.of(main);
        if (text.isBlank()) {
            throw new UnreadableArticleException("no article text in the HTML (only scripts, styles or navigation)");
        }
        return new Article(id, title, published, source, url, text, Boilerplate.lines(text), byline);
    }

    private static String byline(Document doc) {
        String author = meta(doc, "meta[name=author]");
        String articleAuthor = meta(doc, "meta[property=article:author]");
        if (articleAuthor != null && !articleAuthor.startsWith("http")) {
            author = firstNonBlank(author, articleAuthor);
        }
        author = firstNonBlank(author, text(doc.selectFirst("[itemprop=author] [itemprop=name]")),
                text(doc.selectFirst("[itemprop=author], [rel=author], .byline, .author")));
        if (author == null) {
            return null;
        }
        String cleaned = BY.matcher(author.strip()).replaceFirst("");
        return cleaned.isBlank() || cleaned.length() > 200 ? null : cleaned;
    }

    private static LocalDate published(Document doc) {
        String[] selectors = {"meta[property=article:published_time]", "meta[itemprop=datePublished]",
            "meta[name=date]", "meta[name=pubdate]", "meta[name=publish-date]", "meta[name=dc.date]",
            "meta[name=dc.date.issued]", "meta[name=parsely-pub-date]", "meta[property=og:published_time]"};
        for (String selector : selectors) {
            LocalDate date = isoDate(meta(doc, selector));
            if (date != null) {
                return date;
            }
        }
        for (Element time : doc.select("time[itemprop=datePublished], time[pubdate], article time[datetime],"
                + " time[datetime]")) {
            LocalDate date = isoDate(time.attr("datetime"));
            if (date != null) {
                return date;
            }
        }
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_DATE.matcher(ld.data());
            if (m.find()) {
                LocalDate date = isoDate(m.group(1));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** The date at the start of an ISO-8601 date or date-time, or {@code null}. */
    static LocalDate isoDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Removes elements inside {@code main} whose class or id names page furniture, unless one holds half of the
     * article's text or more: a wrapper like {@code <div class="story-body share-enabled">} is the article, not a
     * share widget.
     */
    private static void removeFurniture(Element main) {
        int articleLength = main.text().length();
        for (Element e : main.getAllElements()) {
            if (e != main && !NEVER_REMOVED.contains(e.normalName()) && e.parent() != null
                    && (namesFurniture(e.className()) || namesFurniture(e.id()))
                    && e.text().length() * 2 < articleLength) {
                e.remove();
            }
        }
    }

    private static boolean namesFurniture(String classOrId) {
        if (classOrId.isEmpty()) {
            return false;
        }
        for (String token : TOKEN_SPLIT.split(classOrId.toLowerCase(Locale.ROOT))) {
            if (FURNITURE.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** The largest {@code <article>}, else {@code <main>}, else {@code <body>}. */
    private static Element mainElement(Document doc) {
        Elements articles = doc.select("article");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt(a -> a.text().length())).orElseThrow();
        }
        Element main = doc.selectFirst("main, [role=main]");
        return main != null ? main : doc.body();
    }

    private static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr("content");
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
