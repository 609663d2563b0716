package de.lotse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LogFormatUnitTest {

    private static MockEnvironment after(MockEnvironment environment) {
        new LogFormat().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void json_means_elastic_common_schema_with_personal_data_masked() {
        MockEnvironment environment = after(new MockEnvironment().withProperty("lotse.log-format", "JSON"));
        assertThat(environment.getProperty(LogFormat.STRUCTURED_FORMAT)).isEqualTo("ecs");
        assertThat(environment.getProperty(LogFormat.CUSTOMIZER)).isEqualTo(PersonalDataRedaction.class.getName());
    }

    @Test
    void a_developer_gets_readable_lines_by_default() {
        assertThat(after(new MockEnvironment()).getProperty(LogFormat.STRUCTURED_FORMAT)).isNull();
        assertThat(after(new MockEnvironment().withProperty("lotse.log-format", "text"))
                .getProperty(LogFormat.STRUCTURED_FORMAT)).isNull();
    }

    @Test
    void spring_boots_own_setting_wins_and_a_typo_stops_the_start() {
        assertThat(after(new MockEnvironment().withProperty("lotse.log-format", "json")
                .withProperty(LogFormat.STRUCTURED_FORMAT, "logstash")).getProperty(LogFormat.STRUCTURED_FORMAT))
                .isEqualTo("logstash");
        assertThatIllegalArgumentException().isThrownBy(() -> after(new MockEnvironment().withProperty("lotse.log-format", "jsn")));
    }
}
