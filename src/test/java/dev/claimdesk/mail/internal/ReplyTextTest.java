package dev.claimdesk.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.mail.ReplyForms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What is kept of a reply is what the seller wrote: replies as Gmail, Outlook (desktop, web, mobile), Apple Mail and
 * Thunderbird write them, in every form of {@link ReplyForms}, and the edge cases where a line looks like a mail
 * client's but is the seller's.
 */
class ReplyTextTest {

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

        String reply = ReplyText.extract(mail.text()).text();

        assertThat(reply).isEqualTo(new String(read(fixture + ".expected.txt"), StandardCharsets.UTF_8).strip());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.claimdesk.mail.ReplyForms#all")
    void everyFormOfReplyKeepsTheSellersText(ReplyForms.Form form) {
        var mail = InboundMail.parse(form.raw(ReplyForms.Addressing.example()), 10_000_000);

        var reply = ReplyText.extract(mail.text());

        assertThat(reply.text()).isEqualTo(form.reply());
        assertThat(reply.hasOwnWords()).isEqualTo(!form.reply().isEmpty());
        assertThat(mail.text())
                .as("the whole mail keeps it all")
                .contains(form.reply().lines().findFirst().orElse(""));
    }

    @Test
    void theEnglishRuleSeesOnlyTheSellersOwnWordsNotTheQuotedQuestions() {
        var reply = ReplyText.extract("""
                On Wed, 7 Jan 2026 at 17:30, ClaimDesk <helpdesk@claimdesk.local> wrote:
                > Quelle est la référence du produit ?

                AT-55821, deleted on 2 January.

                > Le magasin est-il en mode vacances ?

                No, the store is open.""");

        assertThat(reply.text()).contains("> Le magasin est-il en mode vacances ?");
        assertThat(reply.ownWords()).isEqualTo("AT-55821, deleted on 2 January.\n\nNo, the store is open.");
    }

    @Test
    void anOutlookHeaderBlockInAnotherLanguageEndsTheReply() {
        var reply = ReplyText.extract("""
                The tracking number is SEKO123456789.

                ________________________________
                Von: ClaimDesk Seller Support <helpdesk@claimdesk.local>
                Gesendet: Dienstag, 6. Januar 2026 10:12
                An: seller@shop.example
                Betreff: We need more information

                Dear Mail Test Shop,""");

        assertThat(reply.text()).isEqualTo("The tracking number is SEKO123456789.");
    }

    @Test
    void appleMailsForwardedMessageIsNotTheSellersText() {
        var reply = ReplyText.extract("""
                See the courier's answer below.

                Begin forwarded message:

                From: SEKO <noreply@seko.example>
                Subject: Delivery failed
                Date: 5 January 2026 at 09:00:00 GMT+1

                Le colis est en retard.""");

        assertThat(reply.text()).isEqualTo("See the courier's answer below.");
    }

    @Test
    void linesThatOnlyLookLikeAMailClientsAreKept() {
        String text = """
                The parcel was sent from my warehouse in Lagos on Monday.
                It contained:
                -Photos
                -Invoice

                From: the courier's receipt, the weight was 2 kg.
                Regards""";

        assertThat(ReplyText.extract(text).text()).isEqualTo(text);
    }

    @Test
    void aCarrierLineEndsTheReplyInTheSellersLanguageToo() {
        for (String carrier : List.of(
                "Sent via BlackBerry by AT&T",
                "Sent from my T-Mobile 4G LTE Device",
                "Envoyé de mon iPhone",
                "Von meinem iPhone gesendet",
                "Enviado desde mi Samsung Galaxy",
                "Get Outlook for Android")) {
            assertThat(ReplyText.extract("Done, attached.\n\n" + carrier).text())
                    .as(carrier)
                    .isEqualTo("Done, attached.");
        }
    }

    @Test
    void aWrappedQuoteHeaderIsRecognised() {
        var reply = ReplyText.extract("""
                OK

                On Tue, 6 Jan 2026 at 10:12, ClaimDesk Seller Support <
                helpdesk@claimdesk.local> wrote:

                > Which SKU?""");

        assertThat(reply.text()).isEqualTo("OK");
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = ReplyTextTest.class.getResourceAsStream("/mail/replies/" + name)) {
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
