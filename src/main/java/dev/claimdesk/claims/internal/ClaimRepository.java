package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimRepository extends JpaRepository<Claim, Long> {

    Optional<Claim> findByReference(String reference);

    Optional<Claim> findByProcessInstanceKey(Long processInstanceKey);

    long countByStatus(ClaimStatus status);

    List<Claim> findAllByOrderByIdDesc(Limit limit);

    List<Claim> findByShopAndCategoryAndStatementPeriodAndTradeTypeAndStatusIn(
            String shop, ClaimCategory category, String statementPeriod, String tradeType, List<ClaimStatus> statuses);

    /** Still SUBMITTED: an imported past claim has no process either, and needs none. */
    List<Claim> findByProcessInstanceKeyIsNullAndStatusAndSubmittedAtBefore(
            ClaimStatus status, Instant before, Limit limit);
}
