package dev.claimdesk.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** English replies count, however short; replies in the other languages sellers write in do not. */
class LanguageCheckTest {

    static final LanguageCheck check = new LanguageCheck();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The SKU is AT-1.",
                "Invoice attached.",
                "OK thanks",
                "OK",
                "+1",
                "Done, attached",
                "Merci",
                "No, the store is open.",
                "Sorry for the delay. The trade type is Warehouse processing fee, period February 2026, amount KES 12,400.",
                ""
            })
    void countsAsEnglish(String text) {
        assertThat(check.isEnglish(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bonjour, je vous envoie la facture demandée.",
                "Hola, adjunto la factura que solicitaron.",
                "Olá, segue em anexo a fatura solicitada.",
                "Habari, nimeambatisha ankara uliyoomba.",
                "مرحبا، لقد أرفقت الفاتورة المطلوبة",
                "你好，我已经上传了您要的发票。"
            })
    void doesNotCountAsEnglish(String text) {
        assertThat(check.isEnglish(text)).isFalse();
    }
}
