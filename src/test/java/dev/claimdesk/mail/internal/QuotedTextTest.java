package dev.claimdesk.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replies as Gmail, Outlook (desktop, web, mobile) and Apple Mail (iPhone, iPad, Mac) write them: what is stored is
 * what the seller wrote, without the quoted history and the signature.
 */
class QuotedTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gmail-1",
                "gmail-2",
                "gmail-3",
                "outlook-1",
                "outlook-2",
                "outlook-3",
                "apple-1",
                "apple-2",
                "apple-3"
            })
    void keepsOnlyWhatTheSellerWrote(String fixture) throws IOException {
        var mail = InboundMail.parse(crlf(read(fixture + ".eml")), 10_000_000);

        String stripped = QuotedText.strip(mail.text());

        assertThat(stripped).isEqualTo(new String(read(fixture + ".expected.txt"), StandardCharsets.UTF_8).strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"outlook-3"})
    void readsHtmlOnlyMailAsText(String fixture) throws IOException {
        var mail = InboundMail.parse(crlf(read(fixture + ".eml")), 10_000_000);

        assertThat(mail.textFromHtml()).isTrue();
        assertThat(mail.text()).doesNotContain("<div").doesNotContain("Dear Ikeja Fashion");
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = QuotedTextTest.class.getResourceAsStream("/mail/replies/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] crlf(byte[] lf) {
        return new String(lf, StandardCharsets.UTF_8)
                .replaceAll("\r?\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
