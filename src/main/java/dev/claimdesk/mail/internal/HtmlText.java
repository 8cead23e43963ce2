package dev.claimdesk.mail.internal;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML-only mail into the text its sender wrote: the quoted history that mail clients mark in HTML is dropped
 * first (Gmail's {@code gmail_quote}, Outlook's reply header block and everything after it, Apple Mail's and
 * Thunderbird's {@code blockquote type=cite}), then block elements become line breaks.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr");

    private HtmlText() {}

    static String toText(String html) {
        var document = Jsoup.parse(html);
        document.select("style, script, head, title").remove();
        document.select("div.gmail_quote, div.gmail_quote_container, blockquote[type=cite], div.moz-cite-prefix")
                .remove();
        // Outlook puts the original after a separator: <div id="appendonsend"> or <div id="divRplyFwdMsg">
        for (Element marker : document.select("#appendonsend, #divRplyFwdMsg, hr#stopSpelling")) {
            removeFrom(marker);
        }
        var text = new StringBuilder();
        document.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element e && (e.nameIs("br") || BLOCKS.contains(e.normalName()))) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append('\n');
                }
            }
        });
        return text.toString()
                .lines()
                .map(String::strip)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    /** Removes the element and everything after it in the document (its later siblings, and its ancestors'). */
    private static void removeFrom(Element marker) {
        Element parent = marker.parent();
        removeFollowingSiblings(marker);
        marker.remove();
        for (Element ancestor = parent; ancestor != null && !ancestor.nameIs("body"); ancestor = ancestor.parent()) {
            removeFollowingSiblings(ancestor);
        }
    }

    private static void removeFollowingSiblings(Node node) {
        Node next;
        while ((next = node.nextSibling()) != null) {
            next.remove();
        }
    }
}
