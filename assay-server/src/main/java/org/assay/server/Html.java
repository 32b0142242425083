package org.assay.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** HTML escaping and the page frame every web page shares. */
final class Html {

    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    /** A whole page: title, the site's bar with a search box, and {@code body} (already HTML). */
    static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · Assay</title><link rel=\"stylesheet\" href=\"/assay.css\"></head><body>"
                + "<header class=\"bar\"><a class=\"home\" href=\"/\">Assay</a>"
                + "<nav><a href=\"/speakers\">Speakers</a> <a href=\"/claims\">Claims</a></nav>"
                + "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" placeholder=\"Search quotes and claims\" aria-label=\"Search\">"
                + "<button type=\"submit\">Search</button></form></header><main>" + body + "</main></body></html>";
    }

    static String badgeLabel(String verdict) {
        return "<span class=\"badge v-" + esc(verdict.toLowerCase(java.util.Locale.ROOT)) + "\">"
                + esc(org.assay.export.ClaimReviews.alternateName(verdict)) + "</span>";
    }

    /** A verdict badge; its title (and its CSS tooltip) shows the explanation and evidence. */
    static String badge(String verdict, String evidence) {
        return "<span class=\"badge v-" + esc(verdict.toLowerCase(java.util.Locale.ROOT)) + "\" tabindex=\"0\" title=\""
                + esc(evidence) + "\" data-evidence=\"" + esc(evidence) + "\">"
                + esc(org.assay.export.ClaimReviews.alternateName(verdict)) + "</span>";
    }
}
