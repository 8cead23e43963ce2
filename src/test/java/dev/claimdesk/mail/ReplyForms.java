package dev.claimdesk.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Sellers' replies in the forms common mail clients write them, generated here from the clients' documented reply
 * formats (no real person's mail is checked in): where the seller writes (above, below, between the quoted parts),
 * quote headers in several languages, forwarded blocks, HTML-only mail, signatures, carrier lines, list footers,
 * empty replies, an attachment alone, a megabyte on one line, and text without a declared charset.
 */
public final class ReplyForms {

    /** Where a reply goes and what it answers. */
    public record Addressing(String from, String to, String subject, String inReplyTo, String messageId) {

        public static Addressing example() {
            return new Addressing(
                    "seller@shop.example",
                    "helpdesk+CLM-2026-000001.abcdefghijklmnop@claimdesk.local",
                    "Re: [CLM-2026-000001] We need more information about your claim",
                    "CLM-2026-000001.info-request@claimdesk.local",
                    "reply-1@shop.example");
        }
    }

    /** What becomes of the reply. */
    public enum Outcome {
        /** Counted as the seller's answer: the process is told. */
        REPLY,
        /** Nothing of the seller's in it: quarantined, the process keeps waiting. */
        NO_SELLER_TEXT
    }

    /**
     * @param reply the stored reply (what the seller wrote), exactly
     * @param mail the raw mail, CRLF line ends
     */
    public record Form(String name, Outcome outcome, String reply, Mail mail) {

        public byte[] raw(Addressing to) {
            return mail.raw(to);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    public interface Mail {
        byte[] raw(Addressing to);
    }

    static final String HELPDESK = "ClaimDesk Seller Support <helpdesk@claimdesk.local>";

    /** The platform's question as mail clients quote it. */
    static final List<String> QUESTION = List.of(
            "Dear Mail Test Shop,",
            "",
            "To continue with your claim, we need the following from you:",
            "",
            "Which SKU was deleted, and when?",
            "",
            "Kind regards,",
            "ClaimDesk Seller Support");

    private static final String ANSWER = "The SKU is AT-55821 (black, size M). I deleted it on 2 January.";

    /** A long sentence repeated on one line to a megabyte, as a broken mail client or a pasted log writes it. */
    public static final String MEGABYTE_LINE =
            "The parcel was damaged in transit and the box was open. ".repeat(1_000_000 / 56 + 1);

    private ReplyForms() {}

    public static List<Form> all() {
        return List.of(
                plain(
                        "top-posted (Gmail)",
                        ANSWER + "\n\nThanks,\nAmina",
                        ANSWER + "\n\nThanks,\nAmina\n\nOn Tue, 6 Jan 2026 at 10:12, " + HELPDESK + " wrote:\n\n"
                                + quoted()),
                plain(
                        "bottom-posted (Thunderbird)",
                        ANSWER + "\n\nAmina",
                        "On 06/01/2026 10:12, ClaimDesk Seller Support wrote:\n" + quoted() + "\n" + ANSWER
                                + "\n\nAmina\n"),
                new Form(
                        "bottom-posted, format=flowed (Thunderbird, Apple Mail)",
                        Outcome.REPLY,
                        "The SKU is AT-55821 (black, size M). I deleted it on the seller center on 2 January but"
                                + " orders still come in for it.\n\nAmina",
                        to -> mail(
                                to,
                                "text/plain; charset=UTF-8; format=flowed",
                                "8bit",
                                ("On 06.01.26 10:12, ClaimDesk Seller Support wrote:\n"
                                                + "> Dear Mail Test Shop, \n> \n"
                                                + "> To continue with your claim, we need the following \n"
                                                + "> from you:\n> \n> Which SKU was deleted, and when?\n\n"
                                                + "The SKU is AT-55821 (black, size M). I deleted it on the \n"
                                                + "seller center on 2 January but orders still come in for \n"
                                                + "it.\n\nAmina\n")
                                        .getBytes(StandardCharsets.UTF_8))),
                plain(
                        "interleaved answers (Gmail)",
                        "Hi, answers below.\n\n> 1. Which SKU is affected?\n\nSKU SZ-USB-C-2M.\n\n"
                                + "> 2. When was it deleted?\n\nOn 3 January, in the morning.",
                        "Hi, answers below.\n\nOn Wed, 7 Jan 2026 at 17:30, " + HELPDESK + " wrote:\n"
                                + "> Dear Mail Test Shop,\n>\n> 1. Which SKU is affected?\n\nSKU SZ-USB-C-2M.\n\n"
                                + "> 2. When was it deleted?\n\nOn 3 January, in the morning.\n\n"
                                + "> Kind regards,\n> ClaimDesk Seller Support\n"),
                quoteHeader("German (Gmail)", "Am Di., 6. Jan. 2026 um 10:12 Uhr schrieb " + HELPDESK + ":"),
                quoteHeader("French (Gmail)", "Le mar. 6 janv. 2026 à 10:12, " + HELPDESK + " a écrit :"),
                quoteHeader(
                        "Spanish (Gmail)",
                        "El mar, 6 ene 2026 a las 10:12, ClaimDesk Seller Support (<helpdesk@claimdesk.local>)"
                                + " escribió:"),
                quoteHeader("Portuguese (Gmail)", "Em ter., 6 de jan. de 2026 às 10:12, " + HELPDESK + " escreveu:"),
                quoteHeader(
                        "Russian (Apple Mail)",
                        "6 янв. 2026 г., в 10:12, пользователь ClaimDesk Seller Support <helpdesk@claimdesk.local>"
                                + " написал:"),
                quoteHeader("Russian (Gmail, no verb)", "вт, 6 янв. 2026 г. в 10:12, " + HELPDESK + ":"),
                quoteHeader("Chinese (Gmail)", HELPDESK + " 于2026年1月6日周二 10:12写道："),
                quoteHeader("Italian (Thunderbird)", "Il 06/01/2026 10:12, ClaimDesk Seller Support ha scritto:"),
                plain(
                        "forwarded block (Gmail)",
                        "Here is the courier's message about the parcel.",
                        "Here is the courier's message about the parcel.\n\n"
                                + "---------- Forwarded message ---------\nFrom: SEKO Tracking <noreply@seko.example>\n"
                                + "Date: Mon, 5 Jan 2026 at 09:00\nSubject: Delivery failed\nTo: <seller@shop.example>\n\n"
                                + "Livraison impossible : le destinataire est absent. Nouvelle tentative demain.\n"),
                new Form(
                        "HTML only, top-posted with a signature (Gmail)",
                        Outcome.REPLY,
                        ANSWER + "\n\nThanks,\nAmina",
                        to -> mail(
                                to,
                                "text/html; charset=UTF-8",
                                "8bit",
                                ("<div dir=\"ltr\"><div>" + ANSWER + "</div><div><br></div><div>Thanks,<br>Amina</div>"
                                                + "<div><br></div><span class=\"gmail_signature_prefix\">-- </span><br>"
                                                + "<div dir=\"ltr\" class=\"gmail_signature\" data-smartmail=\"gmail_signature\">"
                                                + "Amina Yusuf | Nairobi Naturals<br>+254 700 000 000</div></div><br>"
                                                + "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Tue, 6 Jan"
                                                + " 2026 at 10:12, ClaimDesk Seller Support &lt;helpdesk@claimdesk.local&gt;"
                                                + " wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px\">"
                                                + "Dear Mail Test Shop,<br><br>Which SKU was deleted, and when?</blockquote></div>")
                                        .getBytes(StandardCharsets.UTF_8))),
                new Form(
                        "HTML only, bottom-posted (Thunderbird)",
                        Outcome.REPLY,
                        ANSWER,
                        to -> mail(
                                to,
                                "text/html; charset=UTF-8",
                                "8bit",
                                ("<html><body><div class=\"moz-cite-prefix\">On 06/01/2026 10:12, ClaimDesk Seller"
                                                + " Support wrote:<br></div><blockquote type=\"cite\">Dear Mail Test Shop,<br>"
                                                + "<br>Which SKU was deleted, and when?<br></blockquote><p>" + ANSWER
                                                + "</p>"
                                                + "<div class=\"moz-signature\">-- <br>Amina Yusuf, Nairobi Naturals</div>"
                                                + "</body></html>")
                                        .getBytes(StandardCharsets.UTF_8))),
                new Form(
                        "HTML only, Outlook on the web",
                        Outcome.REPLY,
                        "Good morning,\n\n" + ANSWER + "\n\nThank you,\nAde",
                        to -> mail(
                                to,
                                "text/html; charset=UTF-8",
                                "8bit",
                                ("<html><body><div>Good morning,</div><div><br></div><div>" + ANSWER + "</div>"
                                                + "<div><br></div><div>Thank you,<br>Ade</div><div id=\"appendonsend\"></div>"
                                                + "<hr style=\"display:inline-block;width:98%\"><div id=\"divRplyFwdMsg\">"
                                                + "<b>From:</b> ClaimDesk Seller Support &lt;helpdesk@claimdesk.local&gt;<br>"
                                                + "<b>Sent:</b> Tuesday, January 6, 2026 10:12 AM<br><b>To:</b>"
                                                + " seller@shop.example<br><b>Subject:</b> We need more information</div>"
                                                + "<div>Dear Mail Test Shop,</div></body></html>")
                                        .getBytes(StandardCharsets.UTF_8))),
                plain(
                        "signature after the delimiter and a -Name sign-off",
                        ANSWER,
                        ANSWER + "\n\n-Amina\n\n-- \nAmina Yusuf\nSales manager, Nairobi Naturals\n+254 700 000 000\n\n"
                                + "On Tue, 6 Jan 2026 at 10:12, " + HELPDESK + " wrote:\n" + quoted()),
                plain(
                        "carrier signature (BlackBerry on Verizon)",
                        ANSWER,
                        ANSWER + "\n\nSent from my Verizon Wireless BlackBerry\n\n-----Original Message-----\nFrom: "
                                + HELPDESK + "\nDate: Tue, 6 Jan 2026 10:12:00\nTo: seller@shop.example\n"
                                + "Subject: We need more information\n\n" + String.join("\n", QUESTION) + "\n"),
                plain(
                        "mailing-list footer (Mailman)",
                        ANSWER,
                        ANSWER + "\n\n_______________________________________________\nsellers mailing list\n"
                                + "sellers@lists.shop.example\nhttps://lists.shop.example/mailman/listinfo/sellers\n"),
                plain(
                        "group footer (Google Groups)",
                        ANSWER,
                        ANSWER + "\n\n--\nYou received this message because you are subscribed to the Google Groups"
                                + " \"Shop team\" group.\nTo unsubscribe from this group and stop receiving emails from"
                                + " it, send an email to shop-team+unsubscribe@googlegroups.com.\n"),
                plain(
                        "empty reply: only the quoted question",
                        null,
                        "On Tue, 6 Jan 2026 at 10:12, " + HELPDESK + " wrote:\n\n" + quoted()),
                plain(
                        "empty reply: only a mobile signature above the quote",
                        null,
                        "\nSent from my iPhone\n\n> On 6 Jan 2026, at 10:12, " + HELPDESK + " wrote:\n>\n" + quoted()),
                new Form("only an attachment", Outcome.REPLY, "", ReplyForms::attachmentOnly),
                new Form(
                        "a megabyte on one line",
                        Outcome.REPLY,
                        MEGABYTE_LINE.strip(),
                        to -> mail(
                                to,
                                "text/plain; charset=UTF-8",
                                "quoted-printable",
                                quotedPrintable(MEGABYTE_LINE + "\n\nOn Tue, 6 Jan 2026 at 10:12, " + HELPDESK
                                        + " wrote:\n" + quoted()))),
                new Form(
                        "no declared charset, UTF-8 text",
                        Outcome.REPLY,
                        "The parcel for Café Lumière was handed to the courier on 2 January – tracking AT-1.",
                        to -> mail(
                                to,
                                "text/plain",
                                "8bit",
                                "The parcel for Café Lumière was handed to the courier on 2 January – tracking AT-1.\n"
                                        .getBytes(StandardCharsets.UTF_8))),
                new Form(
                        "no declared charset, Windows-1252 text",
                        Outcome.REPLY,
                        "The invoice from our supplier is attached – the total is 120 € for the damaged parcel.",
                        to -> mail(
                                to,
                                "text/plain",
                                "8bit",
                                "The invoice from our supplier is attached – the total is 120 € for the damaged parcel.\n"
                                        .getBytes(Charset.forName("windows-1252")))));
    }

    /** A plain-text UTF-8 reply; {@code reply} null = nothing of the seller's in it. */
    private static Form plain(String name, String reply, String body) {
        return new Form(
                name,
                reply == null ? Outcome.NO_SELLER_TEXT : Outcome.REPLY,
                reply == null ? "" : reply,
                to -> mail(to, "text/plain; charset=UTF-8", "8bit", body.getBytes(StandardCharsets.UTF_8)));
    }

    /** A short English answer above a quote header in another language (the mail client's, not the seller's). */
    private static Form quoteHeader(String language, String header) {
        return plain(
                "quote header in " + language, "Done, attached.", "Done, attached.\n\n" + header + "\n\n" + quoted());
    }

    private static String quoted() {
        return String.join(
                        "\n",
                        QUESTION.stream().map(l -> l.isEmpty() ? ">" : "> " + l).toList()) + "\n";
    }

    private static byte[] attachmentOnly(Addressing to) {
        String boundary = "----=_Part_attachment_only";
        String pdf =
                Base64.getMimeEncoder().encodeToString("%PDF-1.7\n% the invoice\n".getBytes(StandardCharsets.UTF_8));
        String body = "--" + boundary + "\nContent-Type: text/plain; charset=UTF-8\n\n\n--" + boundary
                + "\nContent-Type: application/pdf; name=\"invoice.pdf\"\nContent-Disposition: attachment;"
                + " filename=\"invoice.pdf\"\nContent-Transfer-Encoding: base64\n\n" + pdf + "\n--" + boundary
                + "--\n";
        return mail(
                to, "multipart/mixed; boundary=\"" + boundary + "\"", "7bit", body.getBytes(StandardCharsets.UTF_8));
    }

    /** Headers as a mail client writes a reply, then the body bytes as they are (CRLF line ends). */
    static byte[] mail(Addressing to, String contentType, String transferEncoding, byte[] body) {
        String headers = "From: Amina Yusuf <" + to.from() + ">\nTo: " + to.to() + "\nSubject: " + to.subject()
                + "\nDate: Tue, 6 Jan 2026 11:00:00 +0300\nMessage-ID: <" + to.messageId() + ">\nIn-Reply-To: <"
                + to.inReplyTo() + ">\nReferences: <" + to.inReplyTo() + ">\nMIME-Version: 1.0\nContent-Type: "
                + contentType + "\nContent-Transfer-Encoding: " + transferEncoding + "\n\n";
        var out = new ByteArrayOutputStream();
        out.writeBytes(crlf(headers.getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(crlf(body));
        return out.toByteArray();
    }

    /** LF to CRLF, byte by byte (the body may be in any charset). */
    private static byte[] crlf(byte[] lf) {
        var out = new ByteArrayOutputStream(lf.length + lf.length / 40);
        for (int i = 0; i < lf.length; i++) {
            if (lf[i] == '\n' && (i == 0 || lf[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(lf[i]);
        }
        return out.toByteArray();
    }

    /** Quoted-printable with soft line breaks, as a client sends a line longer than SMTP allows. */
    private static byte[] quotedPrintable(String text) {
        var out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            int width = 0;
            for (int i = 0; i < bytes.length; i++) {
                int c = bytes[i] & 0xff;
                boolean last = i == bytes.length - 1;
                String token = c == '=' || c > 126 || c < 32 || (last && c == ' ')
                        ? String.format("=%02X", c)
                        : String.valueOf((char) c);
                if (width + token.length() > 75) {
                    out.append("=\n");
                    width = 0;
                }
                out.append(token);
                width += token.length();
            }
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
