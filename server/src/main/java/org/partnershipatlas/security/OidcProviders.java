package org.partnershipatlas.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** The OpenID Connect providers configured under {@code spring.security.oauth2.client.registration.*}, if any. */
@Component
public class OidcProviders {
    private final ObjectProvider<ClientRegistrationRepository> registrations;

    public OidcProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    /** A provider to offer on the sign-in page. */
    public record Provider(String registrationId, String name) {
        public String loginPath() {
            return "oauth2/authorization/" + registrationId;
        }
    }

    public boolean any() {
        return registrations.getIfAvailable() != null;
    }

    public List<Provider> list() {
        var result = new ArrayList<Provider>();
        if (registrations.getIfAvailable() instanceof InMemoryClientRegistrationRepository repository) {
            for (ClientRegistration r : repository) {
                result.add(new Provider(r.getRegistrationId(), r.getClientName()));
            }
        }
        return result;
    }
}
