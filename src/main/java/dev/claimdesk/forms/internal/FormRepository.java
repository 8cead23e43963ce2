package dev.claimdesk.forms.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.forms.FormDefinition;
import dev.claimdesk.forms.FormField;
import dev.claimdesk.forms.FormValidation;
import dev.claimdesk.forms.Forms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/** Loads every form in forms/ (packaged at classpath:forms/) once at startup; a broken form fails the start. */
@Service
class FormRepository implements Forms {

    private final Map<String, FormDefinition> forms = new LinkedHashMap<>();
    private final FormValidator validator = new FormValidator();

    FormRepository(ObjectMapper json) throws IOException {
        var parser = new CamundaFormParser(json);
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
            try (var in = resource.getInputStream()) {
                FormDefinition form = parser.parse(in);
                forms.put(form.id(), form);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "Form " + resource.getFilename() + " cannot be read: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Optional<FormDefinition> find(String formId) {
        return Optional.ofNullable(forms.get(formId));
    }

    @Override
    public FormValidation validate(String formId, Map<String, List<String>> submitted, Map<String, Object> context) {
        FormDefinition form = find(formId).orElseThrow(() -> new IllegalArgumentException("No form " + formId));
        return validator.validate(form, submitted, context);
    }

    @Override
    public Optional<Currency> currency(FormField field, Map<String, Object> context) {
        return FormValidator.currency(field, context);
    }
}
