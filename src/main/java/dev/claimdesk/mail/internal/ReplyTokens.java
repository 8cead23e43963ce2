package dev.claimdesk.mail.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Reply-To address of every mail to a seller names the claim and proves that we made it:
 * {@code helpdesk+CLM-2026-000123.<signature>@claimdesk.local}, the signature being an HMAC-SHA256 of the reference
 * (80 bits, base32, lower case because some servers lower-case local parts). A seller cannot make a token for another
 * claim, and a token survives any subject the seller's client writes.
 */
public final class ReplyTokens {

    private static final int SIGNATURE_BYTES = 10;
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final Pattern TOKEN =
            Pattern.compile("([A-Z]{3}-\\d{4}-\\d{6})\\.([a-z2-7]{16})", Pattern.CASE_INSENSITIVE);

    private final byte[] secret;
    private final String localPart;
    private final String domain;

    public ReplyTokens(byte[] secret, String helpdeskAddress) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("claimdesk.mail.reply-token-secret must be at least 16 bytes long");
        }
        this.secret = secret.clone();
        int at = helpdeskAddress.lastIndexOf('@');
        this.localPart = helpdeskAddress.substring(0, at);
        this.domain = helpdeskAddress.substring(at + 1);
    }

    /** The address a seller replies to for this claim. */
    public String replyAddress(String claimReference) {
        return localPart + "+" + claimReference + "." + signature(claimReference) + "@" + domain;
    }

    /** What an address's reply token says. */
    public sealed interface Token {}

    /** The address carries a token we made: the claim is {@code reference}. */
    public record Valid(String reference) implements Token {}

    /** The address looks like a reply address of ours, but its signature is wrong: forged or mangled. */
    public record Invalid(String claimed) implements Token {}

    /** Reads the token of one address, if it is a plus-address of the helpdesk mailbox. */
    public Optional<Token> read(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        String local = address.substring(0, at);
        String prefix = localPart + "+";
        if (!local.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return Optional.empty();
        }
        var m = TOKEN.matcher(local.substring(prefix.length()));
        if (!m.matches()) {
            return Optional.of(new Invalid(local.substring(prefix.length())));
        }
        String reference = m.group(1).toUpperCase(Locale.ROOT);
        byte[] expected = signature(reference).getBytes(StandardCharsets.US_ASCII);
        byte[] given = m.group(2).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return Optional.of(MessageDigest.isEqual(expected, given) ? new Valid(reference) : new Invalid(reference));
    }

    private String signature(String reference) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(reference.getBytes(StandardCharsets.US_ASCII));
            return base32(digest, SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String base32(byte[] bytes, int length) {
        var out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < length; i++) {
            buffer = (buffer << 8) | (bytes[i] & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString();
    }
}
