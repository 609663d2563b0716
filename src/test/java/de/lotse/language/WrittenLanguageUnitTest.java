package de.lotse.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenLanguageUnitTest {

    private static final WrittenLanguage written = new WrittenLanguage();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Guten Tag, ich habe seit drei Wochen kein Geld bekommen und weiß nicht, wie ich die Miete zahlen soll.
            en | Hello, I have not received any money for three weeks and I do not know how to pay my rent.
            uk | Добрий день, я вже три тижні не отримую грошей і не знаю, як заплатити за квартиру.
            ru | Здравствуйте, я уже три недели не получаю денег и не знаю, как оплатить квартиру.
            ar | مرحبا، لم أحصل على أي مال منذ ثلاثة أسابيع ولا أعرف كيف أدفع الإيجار.
            fa | سلام، سه هفته است که هیچ پولی دریافت نکرده‌ام و نمی‌دانم چطور اجاره خانه را بپردازم.
            tr | Merhaba, üç haftadır hiç para almadım ve kiramı nasıl ödeyeceğimi bilmiyorum.
            """)
    void names_each_of_lotses_written_languages(String code, String text) {
        assertThat(written.of(text)).map(Language::code).contains(code);
    }

    @Test
    void a_language_lotse_does_not_speak_is_not_taken_for_a_neighbour() {
        assertThat(written.of("Dzień dobry, od trzech tygodni nie dostałem żadnych pieniędzy i nie wiem, jak zapłacić czynsz."))
                .isEmpty();
        assertThat(written.of("Bonjour, je n'ai reçu aucun argent depuis trois semaines et je ne sais pas comment payer le loyer."))
                .isEmpty();
    }

    @Test
    void too_little_text_says_nothing() {
        assertThat(written.of("Hallo, danke!")).isEmpty();
        assertThat(written.of("")).isEmpty();
        assertThat(written.of(null)).isEqualTo(Optional.empty());
    }
}
