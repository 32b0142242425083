package org.assay.article;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an element as paragraphs: each block element (and each {@code <br>}) ends a paragraph,
 * white space inside a paragraph collapses to single spaces ({@code <pre>} keeps its lines), paragraphs are joined
 * by a blank line. Not thread-safe; one instance per call through {@link #of(Element)}.
 */
final class HtmlText implements NodeVisitor {

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private int preDepth;

    private HtmlText() {
    }

    static String of(Element root) {
        HtmlText visitor = new HtmlText();
        NodeTraversor.traverse(visitor, root);
        visitor.endParagraph();
        return visitor.out.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            appendText(text.getWholeText());
        } else if (node instanceof Element e) {
            if (e.normalName().equals("pre")) {
                preDepth++;
            }
            if (breaks(e)) {
                endParagraph();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            if (breaks(e)) {
                endParagraph();
            }
            if (e.normalName().equals("pre")) {
                preDepth--;
            }
        }
    }

    private static boolean breaks(Element e) {
        return e.isBlock() || e.normalName().equals("br");
    }

    private void appendText(String raw) {
        if (preDepth > 0) {
            String[] lines = raw.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                paragraph.append(lines[i].strip());
                if (i < lines.length - 1) {
                    endParagraph();
                }
            }
            return;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!paragraph.isEmpty() && paragraph.charAt(paragraph.length() - 1) != ' ') {
                    paragraph.append(' ');
                }
            } else {
                paragraph.append(c);
            }
        }
    }

    private void endParagraph() {
        String p = paragraph.toString().strip();
        paragraph.setLength(0);
        if (!p.isEmpty()) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(p);
        }
    }
}
