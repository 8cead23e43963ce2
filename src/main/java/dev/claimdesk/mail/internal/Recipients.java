package dev.claimdesk.mail.internal;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.mail.SellerCase;
import dev.claimdesk.mail.SellerCases;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The case a reference names: a claim, else a case of another module ({@link SellerCases}). */
@Component
public class Recipients {

    private final Claims claims;
    private final ObjectProvider<SellerCases> others;

    public Recipients(Claims claims, ObjectProvider<SellerCases> others) {
        this.claims = claims;
        this.others = others;
    }

    public Optional<SellerCase> find(String reference) {
        var claim = claims.find(reference)
                .map(c -> new SellerCase(
                        c.reference(),
                        c.shop(),
                        c.shopName(),
                        c.sellerEmail(),
                        c.category().label()));
        if (claim.isPresent()) {
            return claim;
        }
        return others.orderedStream()
                .map(cases -> cases.find(reference))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
