package dev.claimdesk.intake.internal;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.claims.AttachmentKind;
import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.claims.ClaimSubmission;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.intake.IntakeRejected;
import dev.claimdesk.intake.IntakeRejected.FieldError;
import dev.claimdesk.intake.IntakeRejected.Reason;
import dev.claimdesk.intake.IntakeRequest;
import dev.claimdesk.language.LanguageCheck;
import dev.claimdesk.orders.Order;
import dev.claimdesk.orders.OrderNotFound;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.orders.ShippingType;
import dev.claimdesk.orders.Shop;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.FileTypes;
import dev.claimdesk.rtv.RtvCases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The claim rules of docs/domain.md. Collects every problem of a request (not just the first) so that a seller fixes them
 * all at once; each message names the field and says what is expected.
 */
@Component
class IntakeValidator {

    static final int SEKO_ORDER_MAX_AGE_MONTHS = 3;
    private static final int MAX_TEXT = 100;
    private static final int MAX_PROSE = 4000;
    private static final int MAX_CODE = 20000;

    private final Orders orders;
    private final Claims claims;
    private final LanguageCheck language;
    private final BusinessCalendar calendar;
    private final RtvCases rtvCases;
    private final AppClock clock;
    private final IntakeProperties settings;
    private final PhotosOnFile photosOnFile;

    IntakeValidator(
            Orders orders,
            Claims claims,
            LanguageCheck language,
            BusinessCalendar calendar,
            AppClock clock,
            IntakeProperties settings,
            RtvCases rtvCases,
            PhotosOnFile photosOnFile) {
        this.photosOnFile = photosOnFile;
        this.orders = orders;
        this.claims = claims;
        this.language = language;
        this.calendar = calendar;
        this.clock = clock;
        this.settings = settings;
        this.rtvCases = rtvCases;
    }

    /** The claim to store, or {@link IntakeRejected} naming every wrong or missing field. */
    ClaimSubmission validate(IntakeRequest request, String channel) {
        var errors = new ArrayList<FieldError>();
        ClaimCategory category = category(request.category(), errors);
        Shop shop = shop(request.shop(), request.country(), errors);
        if (category == null) {
            throw invalid(errors);
        }
        Map<ClaimField, String> fields = fields(category, request.fields(), errors);
        var attachments = attachments(category, request, shop, fields, errors);

        // every check whose inputs are sound runs, whatever else is wrong: the seller fixes all in one round
        if (shop != null) {
            orderRules(category, shop, fields, attachments, errors);
            periodRules(category, fields, errors);
            pickupRule(category, fields, errors);
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        if (category == ClaimCategory.BILL_BREAKDOWN) {
            claims.openBillBreakdown(
                            shop.code(), fields.get(ClaimField.STATEMENT_PERIOD), fields.get(ClaimField.TRADE_TYPE))
                    .ifPresent(open -> {
                        throw new IntakeRejected(
                                Reason.CONFLICT,
                                "One claim per trade type: " + open + " is still open.",
                                List.of(new FieldError(
                                        "tradeType",
                                        "Claim " + open + " for "
                                                + ClaimField.TRADE_TYPE.display(fields.get(ClaimField.TRADE_TYPE))
                                                + " in "
                                                + fields.get(ClaimField.STATEMENT_PERIOD)
                                                + " is still open; add to it by replying to its emails instead.")));
                    });
        }
        return new ClaimSubmission(
                category, shop.code(), shop.name(), shop.email(), shop.country(), fields, attachments, channel);
    }

    private ClaimCategory category(String raw, List<FieldError> errors) {
        String allowed =
                Arrays.stream(ClaimCategory.values()).map(ClaimCategory::label).collect(Collectors.joining(", "))
                        + " (their codes: docs/api/claim-intake.yaml)";
        if (blank(raw)) {
            errors.add(new FieldError("category", "Choose a category: " + allowed + "."));
            return null;
        }
        try {
            return ClaimCategory.valueOf(raw.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("category", "Unknown category '" + raw + "'; use one of " + allowed + "."));
            return null;
        }
    }

    /** What a shop code or an order number can look like: letters, digits and a few separators, 64 at most. */
    private static final java.util.regex.Pattern CODE =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    /** A seller's value quoted back in a message, cut to a readable length. */
    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private Shop shop(String rawShop, String rawCountry, List<FieldError> errors) {
        if (blank(rawCountry)) {
            errors.add(new FieldError("country", "The country is required (two letters, e.g. NG)."));
        }
        if (blank(rawShop)) {
            errors.add(new FieldError("shop", "The shop is required."));
            return null;
        }
        // a value no shop code can have is refused here, not sent to the order service (which would refuse the URL)
        Optional<Shop> shop = CODE.matcher(rawShop.strip()).matches()
                ? ask(() -> orders.findShop(rawShop.strip()))
                : Optional.empty();
        if (shop.isEmpty()) {
            errors.add(new FieldError("shop", "No shop '" + shortened(rawShop) + "' is known to the marketplace."));
            return null;
        }
        if (!blank(rawCountry) && !shop.get().country().equalsIgnoreCase(rawCountry.strip())) {
            errors.add(new FieldError(
                    "country",
                    "Shop " + shop.get().name() + " sells in " + shop.get().country() + ", not "
                            + rawCountry.strip().toUpperCase(Locale.ROOT) + "."));
        }
        return shop.get();
    }

    private Map<ClaimField, String> fields(
            ClaimCategory category, Map<String, List<String>> raw, List<FieldError> errors) {
        Map<ClaimField, String> fields = new EnumMap<>(ClaimField.class);
        raw.forEach((key, values) -> {
            Optional<ClaimField> field = ClaimField.byKey(key);
            if (field.isEmpty() || !category.allows(field.get())) {
                if (values.stream().anyMatch(v -> !blank(v))) {
                    errors.add(new FieldError(key, "Not a field of a " + category.label() + " claim."));
                }
                return;
            }
            List<String> given =
                    values.stream().filter(v -> !blank(v)).map(String::strip).toList();
            if (given.size() > 1
                    || (field.get() == ClaimField.TRADE_TYPE
                            && given.size() == 1
                            && given.getFirst().contains(","))) {
                errors.add(new FieldError(
                        key,
                        field.get() == ClaimField.TRADE_TYPE
                                ? "Name exactly one trade type: raise one claim per trade type."
                                : field.get().label() + " takes one value."));
                return;
            }
            if (given.size() == 1) {
                normalise(field.get(), given.getFirst(), errors).ifPresent(v -> fields.put(field.get(), v));
            }
        });
        for (ClaimField required : category.requiredFields()) {
            if (!fields.containsKey(required)
                    && errors.stream().noneMatch(e -> e.field().equals(required.key()))) {
                errors.add(new FieldError(
                        required.key(), required.label() + " is required for a " + category.label() + " claim."));
            }
        }
        if ("api-issue".equals(fields.get(ClaimField.CANCEL_REASON))) {
            for (ClaimField f : List.of(ClaimField.API_ENDPOINT, ClaimField.API_REQUEST, ClaimField.API_RESPONSE)) {
                if (!fields.containsKey(f)) {
                    errors.add(new FieldError(f.key(), f.label() + " is required when the reason is an API issue."));
                }
            }
        }
        return fields;
    }

    private Optional<String> normalise(ClaimField field, String value, List<FieldError> errors) {
        String label = field.label();
        switch (field.type()) {
            case TEXT -> {
                if (value.length() > MAX_TEXT) {
                    errors.add(new FieldError(field.key(), label + " must have at most " + MAX_TEXT + " characters."));
                    return Optional.empty();
                }
            }
            case PROSE -> {
                if (value.length() > MAX_PROSE) {
                    errors.add(new FieldError(field.key(), label + " must have at most " + MAX_PROSE + " characters."));
                    return Optional.empty();
                }
                if (!language.isEnglish(value)) {
                    errors.add(new FieldError(field.key(), label + " must be written in English."));
                    return Optional.empty();
                }
            }
            case CODE -> {
                if (value.length() > MAX_CODE) {
                    errors.add(new FieldError(field.key(), label + " must have at most " + MAX_CODE + " characters."));
                    return Optional.empty();
                }
            }
            case CHOICE -> {
                if (field.option(value).isEmpty()) {
                    errors.add(new FieldError(
                            field.key(),
                            label + ": '" + value + "' is not one of "
                                    + field.options().stream()
                                            .map(o -> o.value())
                                            .collect(Collectors.joining(", ")) + "."));
                    return Optional.empty();
                }
            }
            case DATE -> {
                try {
                    return Optional.of(LocalDate.parse(value).toString());
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(field.key(), label + " must be a date like 2026-09-30."));
                    return Optional.empty();
                }
            }
            case MONTH -> {
                try {
                    return Optional.of(YearMonth.parse(value).toString());
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(field.key(), label + " must be a month like 2026-09."));
                    return Optional.empty();
                }
            }
            case AMOUNT -> {
                try {
                    BigDecimal amount = new BigDecimal(value);
                    if (amount.signum() <= 0 || amount.scale() > 2) {
                        errors.add(new FieldError(field.key(), label + " must be positive, with at most 2 decimals."));
                        return Optional.empty();
                    }
                    return Optional.of(amount.toPlainString());
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(field.key(), label + " must be a number like 125.50."));
                    return Optional.empty();
                }
            }
        }
        return Optional.of(value);
    }

    private List<ClaimSubmission.NewAttachment> attachments(
            ClaimCategory category,
            IntakeRequest request,
            Shop shop,
            Map<ClaimField, String> fields,
            List<FieldError> errors) {
        var uploads = request.attachments();
        var limits = settings.attachments();
        var accepted = new ArrayList<ClaimSubmission.NewAttachment>();
        if (uploads.size() > limits.maxFiles()) {
            errors.add(new FieldError("attachments", "At most " + limits.maxFiles() + " files per claim."));
        }
        for (int i = 0; i < uploads.size(); i++) {
            var upload = uploads.get(i);
            String name = "attachments[" + i + "]";
            String file = blank(upload.filename()) ? "file " + (i + 1) : upload.filename();
            AttachmentKind kind;
            try {
                kind = blank(upload.kind())
                        ? AttachmentKind.EVIDENCE
                        : AttachmentKind.valueOf(
                                upload.kind().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(
                        name,
                        file + ": unknown kind '" + upload.kind() + "'; use one of "
                                + Arrays.stream(AttachmentKind.values())
                                        .map(AttachmentKind::label)
                                        .collect(Collectors.joining(", "))
                                + " (their codes: docs/api/claim-intake.yaml)."));
                continue;
            }
            if (upload.content() == null || upload.content().length == 0) {
                errors.add(new FieldError(name, file + " is empty."));
                continue;
            }
            if (upload.content().length > limits.maxFileSize().toBytes()) {
                errors.add(new FieldError(
                        name, file + " is larger than " + limits.maxFileSize().toMegabytes() + " MB."));
                continue;
            }
            Optional<String> actual = FileTypes.sniff(upload.content());
            if (actual.isEmpty() || !limits.allowedTypes().contains(actual.get())) {
                errors.add(new FieldError(name, file + " is not a PDF, JPEG, PNG or WebP file."));
                continue;
            }
            accepted.add(new ClaimSubmission.NewAttachment(kind, safeName(file), actual.get(), upload.content()));
        }
        boolean onFile = request.usePhotosOnFile() && category == ClaimCategory.WRONG_PRODUCT_RETURNED;
        if (onFile && shop != null) {
            accepted.addAll(photosOnFile.copies(shop.code(), fields.get(ClaimField.APPEAL_REFERENCE)));
        }
        for (AttachmentKind needed : category.requiredAttachments()) {
            if (accepted.stream().noneMatch(a -> a.kind() == needed)
                    && errors.stream().noneMatch(e -> e.field().startsWith("attachments"))) {
                errors.add(new FieldError(
                        "attachments",
                        onFile
                                ? "No photo uploaded, and none is on file for appeal "
                                        + fields.getOrDefault(ClaimField.APPEAL_REFERENCE, "(none given)")
                                        + ": attach a photo of the goods."
                                : needed.label() + " is required for a " + category.label() + " claim."));
            }
        }
        if (category.needsCommentOrAttachment()
                && !fields.containsKey(ClaimField.COMMENT)
                && uploads.isEmpty()
                && errors.stream().noneMatch(e -> e.field().equals(ClaimField.COMMENT.key()))) {
            errors.add(new FieldError("comment", "Add a comment or an attachment that explains the problem."));
        }
        return accepted;
    }

    private void orderRules(
            ClaimCategory category,
            Shop shop,
            Map<ClaimField, String> fields,
            List<ClaimSubmission.NewAttachment> attachments,
            List<FieldError> errors) {
        String number = fields.get(ClaimField.ORDER_NUMBER);
        if (!category.needsOrder() || number == null) {
            return;
        }
        Order order;
        try {
            if (!CODE.matcher(number).matches()) {
                throw new OrderNotFound(number);
            }
            order = ask(() -> orders.order(number));
        } catch (OrderNotFound e) {
            errors.add(new FieldError("orderNumber", "No order " + shortened(number) + " exists."));
            return;
        }
        if (!order.shop().equals(shop.code())) {
            errors.add(new FieldError("orderNumber", "Order " + number + " is not an order of " + shop.name() + "."));
            return;
        }
        String sku = fields.get(ClaimField.SKU);
        if (sku != null && order.item(sku).isEmpty()) {
            errors.add(new FieldError("sku", "Order " + number + " has no item " + sku + "."));
        }
        if (category == ClaimCategory.SEKO_WAREHOUSE) {
            ZoneId zone = calendar.zone();
            LocalDate created = order.createdAt().atZone(zone).toLocalDate();
            LocalDate today = clock.instant().atZone(zone).toLocalDate();
            if (created.isBefore(today.minusMonths(SEKO_ORDER_MAX_AGE_MONTHS))) {
                errors.add(new FieldError(
                        "orderNumber",
                        "SEKO warehouse claims are accepted only for orders created" + " in the last 3 months; order "
                                + number + " was created on " + created + "."));
            }
            String tracking = fields.get(ClaimField.TRACKING_NUMBER);
            if (blank(order.trackingNumber())) {
                errors.add(new FieldError(
                        "trackingNumber",
                        "Order " + number
                                + " has no tracking number yet: a SEKO claim needs the parcel's tracking number."));
            } else if (tracking != null && !order.trackingNumber().equalsIgnoreCase(tracking)) {
                errors.add(
                        new FieldError("trackingNumber", "This is not the tracking number of order " + number + "."));
            }
            if (order.shippingType() == ShippingType.DROPSHIPPING
                    && attachments.stream().noneMatch(a -> a.kind() == AttachmentKind.SIGN_FOR_PROOF)) {
                errors.add(new FieldError(
                        "attachments",
                        "Order " + number + " is a dropshipping parcel: attach the "
                                + AttachmentKind.SIGN_FOR_PROOF.label().toLowerCase(Locale.ROOT) + "."));
            }
        }
    }

    private void periodRules(ClaimCategory category, Map<ClaimField, String> fields, List<FieldError> errors) {
        String period = fields.get(ClaimField.STATEMENT_PERIOD);
        if (period != null && YearMonth.parse(period).isAfter(YearMonth.now(clock.withZone(calendar.zone())))) {
            errors.add(new FieldError("statementPeriod", "The statement period " + period + " has not begun yet."));
        }
    }

    private void pickupRule(ClaimCategory category, Map<ClaimField, String> fields, List<FieldError> errors) {
        if (category != ClaimCategory.WRONG_PRODUCT_RETURNED) {
            return;
        }
        String pickupDate = fields.get(ClaimField.PICKUP_DATE);
        LocalDate today = clock.instant().atZone(calendar.zone()).toLocalDate();
        if (pickupDate != null && LocalDate.parse(pickupDate).isAfter(today)) {
            errors.add(new FieldError("pickupDate", "The pickup date " + pickupDate + " is in the future."));
            return;
        }
        if (Stream.of(ClaimField.ORDER_NUMBER, ClaimField.SKU, ClaimField.APPEAL_REFERENCE)
                .anyMatch(f -> !fields.containsKey(f))) {
            return; // each is reported as required
        }
        // The registered on-site appeal is the authority: it exists for this item and its window is still open.
        rtvCases.appealProblem(
                        fields.get(ClaimField.ORDER_NUMBER),
                        fields.get(ClaimField.SKU),
                        fields.get(ClaimField.APPEAL_REFERENCE),
                        clock.instant())
                .ifPresent(problem -> errors.add(new FieldError("appealReference", problem)));
    }

    /** Calls the order service; when it cannot answer, nothing is stored and the sender is told to try again. */
    private static <T> T ask(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (dev.claimdesk.platform.OutsideServiceException e) {
            throw new IntakeRejected(
                    Reason.UNAVAILABLE,
                    "The order service cannot be reached right now; nothing was"
                            + " stored. Please try again in a minute.",
                    List.of());
        }
    }

    private static IntakeRejected invalid(List<FieldError> errors) {
        return new IntakeRejected(
                Reason.INVALID,
                errors.size() == 1 ? "1 field needs attention." : errors.size() + " fields need attention.",
                errors);
    }

    private static String safeName(String filename) {
        String base = filename.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\w.\\- ]", "_");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
