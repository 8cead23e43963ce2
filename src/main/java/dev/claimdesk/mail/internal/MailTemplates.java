package dev.claimdesk.mail.internal;

import dev.claimdesk.mail.MailKind;
import dev.claimdesk.mail.SellerCase;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the English mail templates in {@code mail-templates/}: a text and an HTML version of each {@link MailKind}.
 * A template engine of its own, apart from the web pages' one, so that mail templates never resolve as views. Values
 * typed by people (an agent's question, a decision) are escaped in HTML ({@code th:text}).
 */
@Component
public class MailTemplates {

    /** The claim rules: the platform answers, and the seller replies, within 3 working days. */
    static final int RESPONSE_WORKING_DAYS = 3;

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final String displayName;

    public MailTemplates(MailSettings settings) {
        this.displayName = settings.displayName();
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 1));
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 2));
    }

    public record Rendered(String subject, String text, String html) {}

    /** A mail about a claim or another module's case ({@link SellerCase}); the footer names a claim as "Claim". */
    public Rendered render(MailKind kind, SellerCase claim, Map<String, Object> values) {
        return render(
                kind,
                claim.reference(),
                claim.shopName() == null ? claim.shop() : claim.shopName(),
                claim.reference().startsWith("CLM-") ? "Claim" : "Case",
                claim.label(),
                values);
    }

    /** A notice about a case that is not a claim (an RTV case): the footer names the case instead of a claim. */
    public Rendered render(MailKind kind, String reference, String shop, String caseLabel, Map<String, Object> values) {
        return render(kind, reference, shop, "Case", caseLabel, values);
    }

    private Rendered render(
            MailKind kind,
            String reference,
            String shop,
            String caseKind,
            String category,
            Map<String, Object> values) {
        String subject = "[" + reference + "] " + kind.subject();
        Map<String, Object> model = new HashMap<>(values);
        model.put("subject", subject);
        model.put("reference", reference);
        model.put("shop", shop);
        model.put("caseKind", caseKind);
        model.put("category", category);
        model.put("displayName", displayName);
        model.put("responseDays", RESPONSE_WORKING_DAYS);
        model.put("replyDays", RESPONSE_WORKING_DAYS);
        var context = new Context(Locale.ENGLISH, model);
        return new Rendered(
                subject,
                engine.process(kind.template() + ".txt", context).strip() + "\n",
                engine.process(kind.template() + ".html", context));
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail-templates/");
        resolver.setResolvablePatterns(java.util.Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
