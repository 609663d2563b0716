package de.lotse.concerns.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.lotse.concerns.AdministrativeProblem;
import de.lotse.concerns.ConcernKind;
import de.lotse.concerns.ContactChannel;
import de.lotse.concerns.LegalTopic;
import de.lotse.language.Language;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The draft's fields are strings, so that a form with mistakes comes back as typed; the OpenAPI document still lists
 * the values each field accepts, taken from the domain's own enums so they never drift apart.
 */
@Configuration(proxyBeanMethods = false)
class ConcernApiDocumentation {

    @Bean
    OpenApiCustomizer concernDraftValues() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            Schema<?> draft = openApi.getComponents().getSchemas().get("ConcernDraft");
            if (draft == null || draft.getProperties() == null) {
                return;
            }
            Map<String, Schema> fields = draft.getProperties();
            allow(fields.get("kind"), names(ConcernKind.values()));
            allow(fields.get("legalTopic"), names(LegalTopic.values()));
            allow(fields.get("administrativeProblem"), names(AdministrativeProblem.values()));
            allow(fields.get("contactChannel"), names(ContactChannel.values()));
            allow(fields.get("preferredLanguage"), Arrays.stream(Language.values()).map(Language::code).toList());
            draft.setRequired(List.of("kind", "description", "contactChannel"));
        };
    }

    @SuppressWarnings("unchecked")
    private static void allow(Schema field, List<String> values) {
        if (field != null) {
            field.setEnum(values);
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
