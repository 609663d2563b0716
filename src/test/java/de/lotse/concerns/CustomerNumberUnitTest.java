package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerNumberUnitTest {

    @Test
    void accepts_a_customer_number_with_blanks_and_small_letters() {
        assertThat(CustomerNumber.parse(" 123 a 456789 ")).contains(new CustomerNumber("123A456789"));
    }

    @Test
    void accepts_a_household_number() {
        CustomerNumber number = CustomerNumber.parse("12345bg1234567").orElseThrow();
        assertThat(number.value()).isEqualTo("12345BG1234567");
        assertThat(number.isHouseholdNumber()).isTrue();
    }

    @Test
    void rejects_other_formats() {
        assertThat(CustomerNumber.parse("1234567890")).isEmpty();
        assertThat(CustomerNumber.parse("123AB56789")).isEmpty();
        assertThat(CustomerNumber.parse("12345BG123456")).isEmpty();
        assertThat(CustomerNumber.parse("")).isEmpty();
    }
}
