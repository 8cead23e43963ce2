package dev.claimdesk.intake.internal;

import dev.claimdesk.intake.SellerLinks;
import dev.claimdesk.platform.AppClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sellers never log in: the seller center, where they are logged in, signs a link to the form with the shared
 * secret {@code claimdesk.intake.seller-link-secret} (HMAC-SHA256 over "shop|expires", hex). Without a configured
 * secret one is made up at start, so only links made by this application (the demo's) work.
 */
@Component
class SignedSellerLinks implements SellerLinks {

    private static final Logger log = LoggerFactory.getLogger(SignedSellerLinks.class);

    private final byte[] secret;
    private final IntakeProperties settings;
    private final AppClock clock;

    SignedSellerLinks(IntakeProperties settings, AppClock clock) {
        this.settings = settings;
        this.clock = clock;
        if (settings.sellerLinkSecret() == null || settings.sellerLinkSecret().isBlank()) {
            log.info("No claimdesk.intake.seller-link-secret: seller form links are signed with a key made up at"
                    + " start (links from a seller center will not work)");
            this.secret = new SecureRandom().generateSeed(32);
        } else {
            this.secret = settings.sellerLinkSecret().getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    public String formLink(String shop) {
        long expires = clock.instant().plus(settings.sellerLinkValidity()).getEpochSecond();
        return "/seller/claims/new?shop=" + URLEncoder.encode(shop, StandardCharsets.UTF_8) + "&expires=" + expires
                + "&sig=" + sign(shop, expires);
    }

    /** Whether the link's signature is right and it has not expired. */
    boolean valid(String shop, long expires, String signature) {
        if (shop == null || signature == null || expires < clock.instant().getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(shop, expires).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String shop, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((shop + "|" + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
