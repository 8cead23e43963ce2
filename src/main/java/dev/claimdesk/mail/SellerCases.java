package dev.claimdesk.mail;

import java.util.Optional;

/**
 * Implemented by a module whose cases (other than claims) have a mail thread with the seller: the mail module asks it
 * for the recipient of a mail and for the case a seller's reply answers. Replies to such a case are stored on its
 * thread and published as {@link MailJobs#MSG_SELLER_REPLIED} with the case's reference as correlation key.
 */
public interface SellerCases {

    Optional<SellerCase> find(String reference);
}
