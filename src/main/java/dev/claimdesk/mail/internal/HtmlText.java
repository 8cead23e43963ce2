package dev.claimdesk.mail.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML-only mail into plain text the way a mail client would quote it, so that one reader ({@link ReplyText})
 * handles both: block elements become line breaks, the lines of a {@code blockquote} (Gmail's, Apple Mail's and
 * Thunderbird's quoted message) get a "&gt; " per level, a signature block (Gmail, Thunderbird, Outlook) starts with
 * the "-- " delimiter, and Outlook's rule above the original becomes its line of underscores. Nothing is dropped here:
 * this is also the "whole mail" an agent can open.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr");
    private static final String SIGNATURES =
            ".gmail_signature, [data-smartmail=gmail_signature], .moz-signature, #Signature, #ms-outlook-mobile-signature";

    private HtmlText() {}

    static String toText(String html) {
        var document = Jsoup.parse(html);
        document.select("style, script, head, title").remove();
        var signatures = new java.util.HashSet<>(document.select(SIGNATURES));
        var out = new Lines();
        document.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.text(t.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element e) {
                    if (signatures.contains(e)) {
                        out.newLine();
                        out.text("-- ");
                        out.newLine();
                    } else if (e.nameIs("hr")) {
                        out.newLine();
                        out.text("________________________________");
                        out.newLine();
                    } else if (e.nameIs("br") || BLOCKS.contains(e.normalName())) {
                        out.newLine();
                    }
                    if (e.nameIs("blockquote")) {
                        out.quoteDepth++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.newLine();
                    if (e.nameIs("blockquote")) {
                        out.quoteDepth--;
                    }
                }
            }
        });
        out.newLine();
        return String.join("\n", out.lines).replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Lines being written, each prefixed with the quote level it was written at. */
    private static final class Lines {
        final List<String> lines = new ArrayList<>();
        final StringBuilder line = new StringBuilder();
        int quoteDepth;
        int lineDepth = -1;

        void text(String text) {
            if (lineDepth < 0) {
                lineDepth = quoteDepth;
            }
            line.append(text);
        }

        void newLine() {
            int level = lineDepth < 0 ? quoteDepth : lineDepth;
            String content = line.toString().strip();
            if (content.equals("--")) {
                content = "-- ";
            }
            String prefix = "> ".repeat(level);
            String next = level > 0 && content.isEmpty() ? prefix.strip() : prefix + content;
            boolean blank = content.isEmpty();
            // a block boundary gives at most one empty line, as a paragraph break in text mail does
            if (!(blank && !lines.isEmpty() && lines.getLast().equals(next))) {
                lines.add(next);
            }
            line.setLength(0);
            lineDepth = -1;
        }
    }
}
