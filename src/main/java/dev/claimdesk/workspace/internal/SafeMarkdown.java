package dev.claimdesk.workspace.internal;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The markdown of a form's "text" components as HTML: CommonMark (commonmark-java), with raw HTML in the source escaped
 * as text, then cleaned by jsoup against a safelist of text tags and http(s) links, so no markup of the source (raw
 * HTML, scripts, images, {@code javascript:} links) ever reaches the page.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak(" ")
            .build();
    private static final Safelist SAFE = Safelist.none()
            .addTags("p", "br", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "code", "pre", "blockquote")
            .addTags("a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private SafeMarkdown() {}

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                // a form's "#" is a section of the task page, not its title
                heading.setLevel(Math.min(heading.getLevel() + 2, 6));
                visitChildren(heading);
            }
        });
        String html = RENDERER.render(document).strip().replaceAll(">\\s*\\n\\s*<", "><");
        return Jsoup.clean(html, "", SAFE, OUTPUT);
    }
}
