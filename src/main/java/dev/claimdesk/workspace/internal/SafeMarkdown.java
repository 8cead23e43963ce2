package dev.claimdesk.workspace.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markdown of a form's "text" components as HTML, for a tiny subset: headings, paragraphs, bullet and numbered
 * lists, bold, italics and inline code. Every character of the source is HTML-escaped first and only this class's
 * own tags are added, so no markup of the source (raw HTML, links, images, scripts) ever reaches the page.
 */
public final class SafeMarkdown {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");
    private static final Pattern ITALIC = Pattern.compile(
            "(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])|(?<![\\w_])_(?!\\s)(.+?)(?<!\\s)_(?![\\w_])");

    private SafeMarkdown() {}

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        var html = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        String list = null; // "ul" or "ol" while a list is open
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            String item = bullet.matches() ? bullet.group(1) : numbered.matches() ? numbered.group(1) : null;
            String kind = bullet.matches() ? "ul" : numbered.matches() ? "ol" : null;
            if (line.isBlank() || heading.matches() || item != null) {
                flush(html, paragraph);
            }
            if (list != null && !list.equals(kind)) {
                html.append("</").append(list).append('>');
                list = null;
            }
            if (heading.matches()) {
                int level = Math.min(heading.group(1).length() + 2, 6); // a form's "#" is a section, not the page title
                html.append("<h")
                        .append(level)
                        .append('>')
                        .append(inline(heading.group(2)))
                        .append("</h")
                        .append(level)
                        .append('>');
            } else if (item != null) {
                if (list == null) {
                    list = kind;
                    html.append('<').append(list).append('>');
                }
                html.append("<li>").append(inline(item)).append("</li>");
            } else if (!line.isBlank()) {
                paragraph.add(line.strip());
            }
        }
        flush(html, paragraph);
        if (list != null) {
            html.append("</").append(list).append('>');
        }
        return html.toString();
    }

    private static void flush(StringBuilder html, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            html.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>");
            paragraph.clear();
        }
    }

    /** Escapes the text, then turns the emphasis marks into tags (the marks survive escaping unchanged). */
    private static String inline(String text) {
        String s = escape(text);
        s = CODE.matcher(s).replaceAll(m -> "<code>" + Matcher.quoteReplacement(m.group(1)) + "</code>");
        s = BOLD.matcher(s)
                .replaceAll(m -> "<strong>" + Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2))
                        + "</strong>");
        s = ITALIC.matcher(s)
                .replaceAll(
                        m -> "<em>" + Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)) + "</em>");
        return s;
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
