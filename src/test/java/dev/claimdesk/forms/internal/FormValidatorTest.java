package dev.claimdesk.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.forms.FormDefinition;
import dev.claimdesk.forms.FormValidation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every supported Camunda form component and constraint, enforced on the server. */
class FormValidatorTest {

    FormDefinition form;
    Map<String, List<String>> input;

    @BeforeEach
    void setUp() throws Exception {
        try (var in = getClass().getResourceAsStream("/forms-test/all-components.form")) {
            form = new CamundaFormParser(new ObjectMapper()).parse(in);
        }
        input = new HashMap<>(Map.of(
                "name", List.of("Amina"),
                "amount", List.of("12.50"),
                "choice", List.of("yes"),
                "agree", List.of("on"),
                "why", List.of("because")));
    }

    FormValidation validate() {
        return new FormValidator().validate(form, input, Map.of());
    }

    @Test
    void parsesEveryComponentIncludingGroupedOnes() {
        assertThat(form.id()).isEqualTo("all-components");
        assertThat(form.fields())
                .extracting(f -> f.type())
                .containsExactly(
                        "text",
                        "textfield",
                        "textfield",
                        "textfield",
                        "textarea",
                        "number",
                        "select",
                        "radio",
                        "checkbox",
                        "checklist",
                        "datetime",
                        "textfield");
        assertThat(form.fields().getFirst().text()).contains("**markdown**");
        assertThat(form.field("pickup").orElseThrow().dateOnly()).isTrue();
        assertThat(form.field("tradeType").orElseThrow().options()).hasSize(2);
    }

    @Test
    void validInputComesBackTyped() {
        input.put("actions", List.of("a", "b"));
        input.put("pickup", List.of("2026-09-20"));
        input.put("undeclared", List.of("ignored"));
        FormValidation result = validate();

        assertThat(result.errors()).isEmpty();
        assertThat(result.values())
                .containsEntry("name", "Amina")
                .containsEntry("amount", new BigDecimal("12.50"))
                .containsEntry("agree", true)
                .containsEntry("actions", List.of("a", "b"))
                .containsEntry("pickup", "2026-09-20")
                .doesNotContainKey("undeclared");
    }

    @Test
    void requiredFieldsAreNamed() {
        input.clear();
        assertThat(validate().errors())
                .containsEntry("name", "Name is required.")
                .containsEntry("amount", "Amount is required.")
                .containsEntry("choice", "Choice is required.")
                .containsEntry("agree", "Agree must be ticked.")
                .containsEntry("why", "Why is required.")
                .doesNotContainKeys("sku", "comment", "tradeType", "actions", "pickup");
    }

    @Test
    void lengthsAreChecked() {
        input.put("name", List.of("A"));
        input.put("comment", List.of("x".repeat(21)));
        assertThat(validate().errors())
                .containsEntry("name", "Name must have at least 2 characters.")
                .containsEntry("comment", "Comment must have at most 20 characters (it has 21).");
    }

    @Test
    void rangesAndNumbersAreChecked() {
        input.put("amount", List.of("0.1"));
        assertThat(validate().errors()).containsEntry("amount", "Amount must be at least 0.5.");
        input.put("amount", List.of("1000.01"));
        assertThat(validate().errors()).containsEntry("amount", "Amount must be at most 1000.");
        input.put("amount", List.of("ten"));
        assertThat(validate().errors()).containsEntry("amount", "Amount must be a number.");
        input.put("amount", List.of("1000"));
        assertThat(validate().values()).containsEntry("amount", 1000L);
    }

    @Test
    void patternsAndEmailAreChecked() {
        input.put("sku", List.of("SKU-12"));
        input.put("email", List.of("not-an-address"));
        assertThat(validate().errors())
                .containsEntry("sku", "SKU does not have the expected format.")
                .containsEntry("email", "Email must be an email address.");
        input.put("sku", List.of("SKU-1234"));
        input.put("email", List.of("seller@shop.example"));
        assertThat(validate().errors()).isEmpty();
    }

    @Test
    void onlyOfferedOptionsAreAccepted() {
        input.put("tradeType", List.of("bribe"));
        input.put("choice", List.of("maybe"));
        input.put("actions", List.of("a", "z"));
        assertThat(validate().errors()).containsKeys("tradeType", "choice", "actions");
    }

    @Test
    void datesMustBeDates() {
        input.put("pickup", List.of("20/09/2026"));
        assertThat(validate().errors()).containsEntry("pickup", "Pickup date must be a date (YYYY-MM-DD).");
    }

    @Test
    void aHiddenFieldIsNeitherRequiredNorKept() {
        input.put("choice", List.of("no"));
        input.remove("why");
        assertThat(validate().errors()).isEmpty();
        input.put("why", List.of("sent anyway"));
        assertThat(validate().values()).doesNotContainKey("why");
    }

    @Test
    void hideConditionsAreFeelAsTasklistEvaluatesThem() {
        var vars = new HashMap<String, Object>(Map.of("outcome", "accept", "actions", List.of("post-adjustment")));
        String expression = "=outcome != \"accept\" or not(list contains(actions, \"post-adjustment\"))";
        assertThat(Conditions.hidden(expression, vars)).isFalse();
        vars.put("actions", List.of());
        assertThat(Conditions.hidden(expression, vars)).isTrue();
        assertThat(Conditions.hidden("=count(actions) = 0 and outcome = \"accept\"", vars))
                .isTrue();
        // a failing or non-boolean expression never hides (and so never skips the check of) a field
        assertThat(Conditions.hidden("=outcome +", vars)).isFalse();
        assertThat(Conditions.hidden("=outcome", vars)).isFalse();
        assertThat(Conditions.hidden("outcome = \"accept\"", vars)).isFalse();
    }

    // --- money: forms/work-claim.form, whose amount is in the task's "currency"

    FormDefinition workClaim() throws Exception {
        try (var in = getClass().getResourceAsStream("/forms/work-claim.form")) {
            return new CamundaFormParser(new ObjectMapper()).parse(in);
        }
    }

    static Map<String, List<String>> accept(String amount, String... actions) {
        var data = new HashMap<String, List<String>>(Map.of(
                "outcome", List.of("accept"),
                "resolution", List.of("We credited the missing payout."),
                "checkedEvidence", List.of("true"),
                "actions", List.of(actions)));
        if (amount != null) {
            data.put("adjustmentAmount", List.of(amount));
        }
        return data;
    }

    @Test
    void postingAnAdjustmentWithoutAnAmountIsRefused() throws Exception {
        var result =
                new FormValidator().validate(workClaim(), accept(null, "post-adjustment"), Map.of("currency", "KES"));
        assertThat(result.errors()).containsExactly(Map.entry("adjustmentAmount", "Adjustment amount is required."));

        var noAdjustment =
                new FormValidator().validate(workClaim(), accept(null, "cancel-order-item"), Map.of("currency", "KES"));
        assertThat(noAdjustment.errors()).isEmpty();
        assertThat(noAdjustment.values()).doesNotContainKeys("adjustmentAmount", "adjustmentAmountCurrency");
    }

    @Test
    void anAmountGoesToTheProcessWithTheShopsCurrency() throws Exception {
        var kes = new FormValidator()
                .validate(workClaim(), accept("1250.50", "post-adjustment"), Map.of("currency", "KES"));
        assertThat(kes.errors()).isEmpty();
        assertThat(kes.values())
                .containsEntry("adjustmentAmount", new BigDecimal("1250.50"))
                .containsEntry("adjustmentAmountCurrency", "KES");

        var ngn = new FormValidator()
                .validate(workClaim(), accept("45000", "post-adjustment"), Map.of("currency", "NGN"));
        assertThat(ngn.values())
                .containsEntry("adjustmentAmount", 45000L)
                .containsEntry("adjustmentAmountCurrency", "NGN");
    }

    @Test
    void anAmountFinerThanItsCurrencyOrWithoutOneIsRefused() throws Exception {
        var tooFine = new FormValidator()
                .validate(workClaim(), accept("99.999", "post-adjustment"), Map.of("currency", "NGN"));
        assertThat(tooFine.errors())
                .containsEntry("adjustmentAmount", "Adjustment amount: NGN amounts have at most 2 decimals.");

        var unknown = new FormValidator().validate(workClaim(), accept("100", "post-adjustment"), Map.of());
        assertThat(unknown.errors())
                .containsEntry(
                        "adjustmentAmount",
                        "Adjustment amount: the shop's currency is not known for this task, so no amount can be taken.");
        assertThat(FormValidator.currency(
                        workClaim().field("adjustmentAmount").orElseThrow(), Map.of("currency", "kes")))
                .hasValueSatisfying(c -> assertThat(c.getCurrencyCode()).isEqualTo("KES"));
    }
}
