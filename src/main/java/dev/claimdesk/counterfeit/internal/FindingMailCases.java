package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.mail.SellerCase;
import dev.claimdesk.mail.SellerCases;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Findings have a mail thread with the seller: the notice, reminders, requests, the decision and the replies. */
@Component
class FindingMailCases implements SellerCases {

    static final String LABEL = "Counterfeit finding";

    private final FindingStore store;

    FindingMailCases(FindingStore store) {
        this.store = store;
    }

    @Override
    public Optional<SellerCase> find(String reference) {
        if (reference == null || !reference.startsWith("CFN-")) {
            return Optional.empty();
        }
        return store.find(reference)
                .map(f -> new SellerCase(f.reference(), f.shop(), f.shopName(), f.sellerEmail(), LABEL));
    }
}
