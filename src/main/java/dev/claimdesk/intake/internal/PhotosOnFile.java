package dev.claimdesk.intake.internal;

import dev.claimdesk.claims.AttachmentKind;
import dev.claimdesk.claims.ClaimSubmission;
import dev.claimdesk.rtv.RtvCase;
import dev.claimdesk.rtv.RtvCases;
import dev.claimdesk.rtv.RtvPhoto;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The photos the warehouse took at a shop's on-site appeal, which its wrong-return claim may use instead of the
 * seller's own (ADR 0150). Only the appeal's own shop sees them.
 */
@Component
class PhotosOnFile {

    private final RtvCases rtvCases;

    PhotosOnFile(RtvCases rtvCases) {
        this.rtvCases = rtvCases;
    }

    /** The RTV case of this shop that registered the appeal, if any. */
    Optional<RtvCase> appeal(String shop, String appealReference) {
        if (shop == null || appealReference == null || appealReference.isBlank()) {
            return Optional.empty();
        }
        return rtvCases.byAppeal(appealReference.strip())
                .filter(rtv -> rtv.shop().equals(shop));
    }

    List<RtvPhoto> list(String shop, String appealReference) {
        return appeal(shop, appealReference)
                .map(rtv -> rtvCases.photos(rtv.reference()))
                .orElse(List.of());
    }

    /** Copies of the photos as the claim's PHOTO attachments (the claim keeps them as they were when raised). */
    List<ClaimSubmission.NewAttachment> copies(String shop, String appealReference) {
        return appeal(shop, appealReference)
                .map(rtv -> rtvCases.photos(rtv.reference()).stream()
                        .flatMap(photo -> rtvCases.photoContent(rtv.reference(), photo.id()).stream()
                                .map(content -> new ClaimSubmission.NewAttachment(
                                        AttachmentKind.PHOTO, photo.fileName(), photo.contentType(), content)))
                        .toList())
                .orElse(List.of());
    }
}
