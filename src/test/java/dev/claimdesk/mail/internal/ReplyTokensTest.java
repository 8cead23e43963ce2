package dev.claimdesk.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reply addresses carry the claim and a signature only the holder of the key can make. */
class ReplyTokensTest {

    final ReplyTokens tokens = new ReplyTokens(key("the-shared-secret-of-claimdesk"), "helpdesk@claimdesk.local");

    @Test
    void aReplyAddressNamesItsClaim() {
        String address = tokens.replyAddress("CLM-2026-000123");

        assertThat(address).matches("helpdesk\\+CLM-2026-000123\\.[a-z2-7]{16}@claimdesk\\.local");
        assertThat(tokens.read(address)).contains(new ReplyTokens.Valid("CLM-2026-000123"));
        assertThat(tokens.read(address.toLowerCase()))
                .as("servers may lower-case local parts")
                .contains(new ReplyTokens.Valid("CLM-2026-000123"));
    }

    @Test
    void aTokenForAnotherClaimOrFromAnotherKeyIsInvalid() {
        String address = tokens.replyAddress("CLM-2026-000123");
        String otherClaim = address.replace("000123", "000124");
        String otherKey = new ReplyTokens(key("another-secret-entirely!"), "helpdesk@claimdesk.local")
                .replyAddress("CLM-2026-000123");

        assertThat(tokens.read(otherClaim)).contains(new ReplyTokens.Invalid("CLM-2026-000124"));
        assertThat(tokens.read(otherKey)).contains(new ReplyTokens.Invalid("CLM-2026-000123"));
        assertThat(tokens.read("helpdesk+whatever@claimdesk.local"))
                .hasValueSatisfying(t -> assertThat(t).isInstanceOf(ReplyTokens.Invalid.class));
    }

    @Test
    void otherAddressesCarryNoToken() {
        assertThat(tokens.read("helpdesk@claimdesk.local")).isEmpty();
        assertThat(tokens.read("seller@shop.example")).isEmpty();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new ReplyTokens(key("short"), "helpdesk@claimdesk.local"))
                .hasMessageContaining("at least 16 bytes");
    }

    private static byte[] key(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
