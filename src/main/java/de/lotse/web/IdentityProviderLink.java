package de.lotse.web;

/** A button on the staff login page: the identity provider's name and where its login starts. */
public record IdentityProviderLink(String name, String loginPath) {
}
