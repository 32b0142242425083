package org.assay.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The front door for input: bytes of a file or stream in, an {@link Article} out.
 *
 * <p>Decodes with {@link TextDecoder}, picks the format from the name's extension (else by sniffing the content, see
 * {@link InputFormat#sniff}) and hands the text to {@link PlainTextReader}, {@link HtmlReader} or
 * {@link JsonArticleReader}. An article whose text is longer than {@code maxChars} is refused, so one huge input cannot
 * exhaust the heap. Unusable input throws {@link UnreadableArticleException} with a one-line message.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleReader {

    /**
     * The default limit on an article's text: 500,000 characters, some 75,000 words. Two articles of twice that size
     * analysed at once peaked at 1.9 GB resident with a 2 GB heap, so the default leaves room for the later stages.
     */
    public static final int DEFAULT_MAX_CHARS = 500_000;

    private final int maxChars;
    private final TextDecoder decoder = new TextDecoder();
    private final PlainTextReader text = new PlainTextReader();
    private final HtmlReader html = new HtmlReader();
    private final JsonArticleReader json = new JsonArticleReader();

    public ArticleReader(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    public int maxChars() {
        return maxChars;
    }

    /**
     * Reads one article.
     *
     * @param id     the article's id (a JSON input's own {@code id} wins)
     * @param name   the file name, used only for its extension; {@code null} or extension-less means sniff the content
     * @param source recorded as the article's source when the input names none (e.g. the path), or {@code null}
     */
    public Read read(String id, String name, String source, byte[] bytes) {
        Decoded decoded = decoder.decode(bytes);
        String content = decoded.text();
        InputFormat format = name == null ? InputFormat.sniff(content)
                : InputFormat.fromFileName(name).orElseGet(() -> InputFormat.sniff(content));
        if (format == InputFormat.TEXT) {
            checkLength(content.length());
        }
        List<String> notes = new ArrayList<>(decoded.notes());
        Article article = switch (format) {
            case TEXT -> text.read(id, content);
            case HTML -> html.read(id, content);
            case JSON -> {
                Read read = json.read(id, content);
                notes.addAll(read.notes());
                yield read.article();
            }
        };
        checkLength(article.text().length());
        if (article.source() == null && source != null) {
            article = new Article(article.id(), article.title(), article.published(), source, article.url(),
                    article.text(), article.dropped(), article.byline());
        }
        return new Read(article, notes);
    }

    private void checkLength(int chars) {
        if (chars > maxChars) {
            throw new UnreadableArticleException(String.format(
                    "article text has %,d characters, more than the limit of %,d", chars, maxChars));
        }
    }
}
