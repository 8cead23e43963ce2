package dev.claimdesk.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;

/** Reads a text part of a mail as its writer meant it: the right charset, and format=flowed lines joined again. */
final class MailText {

    /**
     * Tried in order when a part declares no charset (or one Java does not know): UTF-8, which cannot be mistaken for
     * anything else, then Windows-1252 (what most unlabelled Western mail is, and a superset of ISO-8859-1 for text).
     */
    private static final List<Charset> FALLBACKS = List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"));

    private MailText() {}

    /** The part's text, in its charset (or the first fallback that reads it cleanly), with LF line ends. */
    static String decode(Part part, ContentType contentType) throws MessagingException, IOException {
        return charset(part, contentType).replace("\r\n", "\n");
    }

    private static String charset(Part part, ContentType contentType) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        Charset declared = declared(contentType.getParameter("charset"));
        if (declared != null && !(declared.equals(StandardCharsets.US_ASCII) && !ascii(bytes))) {
            return new String(bytes, declared);
        }
        // undeclared, unknown, or "us-ascii" on 8-bit text (a common lie): the first charset that reads it cleanly
        for (Charset charset : FALLBACKS) {
            try {
                return charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException notThisOne) {
                // try the next
            }
        }
        return new String(bytes, StandardCharsets.ISO_8859_1); // every byte is a character: nothing is lost
    }

    private static Charset declared(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(jakarta.mail.internet.MimeUtility.javaCharset(name.strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean ascii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * RFC 3676: a line ending in a space continues on the next line (of the same quote depth); space-stuffing is undone.
     * The "-- " signature delimiter is never joined. Quoted lines come out as "&gt; " per level.
     */
    static String unflow(String text, boolean delSp) {
        var out = new ArrayList<String>();
        var paragraph = new StringBuilder();
        int paragraphDepth = -1;
        for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
            int depth = 0;
            while (depth < raw.length() && raw.charAt(depth) == '>') {
                depth++;
            }
            String line = raw.substring(depth);
            if (line.startsWith(" ")) {
                line = line.substring(1); // space-stuffed
            }
            boolean flowed = line.endsWith(" ") && !line.equals("-- ");
            if (paragraphDepth >= 0 && depth != paragraphDepth) {
                out.add(prefix(paragraphDepth) + paragraph); // a soft break never spans quote depths
                paragraph.setLength(0);
                paragraphDepth = -1;
            }
            paragraph.append(flowed && delSp ? line.substring(0, line.length() - 1) : line);
            paragraphDepth = depth;
            if (!flowed) {
                out.add(prefix(depth) + paragraph);
                paragraph.setLength(0);
                paragraphDepth = -1;
            }
        }
        if (paragraphDepth >= 0) {
            out.add(prefix(paragraphDepth) + paragraph);
        }
        return String.join("\n", out);
    }

    private static String prefix(int depth) {
        return "> ".repeat(depth);
    }
}
