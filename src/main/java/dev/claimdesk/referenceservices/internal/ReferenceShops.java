package dev.claimdesk.referenceservices.internal;

import dev.claimdesk.referenceservices.internal.OrderDocuments.ShopDocument;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The marketplace's shops: both reference services know them (one marketplace, one shop register). */
@Repository
@EnabledReferenceServices
class ReferenceShops {

    private final JdbcClient jdbc;

    ReferenceShops(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By code, or by name ignoring case. */
    Optional<ShopDocument> find(String codeOrName) {
        return jdbc.sql("SELECT code, name, country, seller_country, email, currency FROM ref_shop "
                        + "WHERE code = :key OR LOWER(name) = LOWER(:key)")
                .param("key", codeOrName.strip())
                .query((rs, i) -> new ShopDocument(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("country"),
                        rs.getString("seller_country"),
                        rs.getString("email"),
                        rs.getString("currency")))
                .optional();
    }

    ShopDocument require(String codeOrName) {
        return find(codeOrName).orElseThrow(() -> unknown(codeOrName));
    }

    static ReferenceProblem unknown(String shop) {
        return ReferenceProblem.notFound("SHOP_NOT_FOUND", "No shop " + shop);
    }
}
