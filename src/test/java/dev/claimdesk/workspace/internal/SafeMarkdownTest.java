package dev.claimdesk.workspace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A form's markdown: the small subset becomes HTML, everything else stays escaped text. */
class SafeMarkdownTest {

    @Test
    void headingsParagraphsListsAndEmphasis() {
        String html = SafeMarkdown.toHtml("""
                # Decide the claim
                Check the **order** and the *bill*,
                then answer.

                - accept
                - reject with _a reason_
                1. first
                2. `second`
                """);

        assertThat(html)
                .isEqualTo("<h3>Decide the claim</h3>"
                        + "<p>Check the <strong>order</strong> and the <em>bill</em>, then answer.</p>"
                        + "<ul><li>accept</li><li>reject with <em>a reason</em></li></ul>"
                        + "<ol><li>first</li><li><code>second</code></li></ol>");
    }

    @Test
    void markupLinksAndScriptsAreEscaped() {
        String html = SafeMarkdown.toHtml(
                "Click <a href=\"javascript:alert(1)\">here</a> & [docs](https://docs.example/x) [bad](javascript:alert(2))"
                        + " <script>x</script> **<img src=x onerror=alert(1)>**");

        assertThat(html)
                .doesNotContain("<script", "<img", "<a href=\"javascript")
                .contains("<a rel=\"nofollow noopener noreferrer\">bad</a>") // a javascript: link loses its target
                .contains("&lt;a href=\"javascript:alert(1)\"&gt;here&lt;/a&gt; &amp;")
                .contains("<a href=\"https://docs.example/x\" rel=\"nofollow noopener noreferrer\">docs</a>")
                .contains("<strong>&lt;img src=x onerror=alert(1)&gt;</strong>");
    }

    @Test
    void emptyTextIsNothingAndLoneMarksStayText() {
        assertThat(SafeMarkdown.toHtml(null)).isEmpty();
        assertThat(SafeMarkdown.toHtml("  \n ")).isEmpty();
        assertThat(SafeMarkdown.toHtml("2 * 3 * 4 and snake_case_name"))
                .isEqualTo("<p>2 * 3 * 4 and snake_case_name</p>");
    }
}
