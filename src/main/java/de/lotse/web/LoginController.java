package de.lotse.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff login page; Spring Security checks the password it posts. */
@Controller
class LoginController {

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    @GetMapping(SecurityConfiguration.LOGIN)
    String login(@RequestParam(name = "fehler", required = false) String failed,
            @RequestParam(name = "abgemeldet", required = false) String loggedOut, Model model) {
        model.addAttribute("failed", failed != null);
        model.addAttribute("loggedOut", loggedOut != null);
        model.addAttribute("identityProviders", identityProviders());
        return "login";
    }

    private List<IdentityProviderLink> identityProviders() {
        List<IdentityProviderLink> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new IdentityProviderLink(client.getClientName(), "/oauth2/authorization/" + client.getRegistrationId()));
            }
        }
        return providers;
    }
}
