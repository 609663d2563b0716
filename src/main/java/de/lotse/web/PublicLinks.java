package de.lotse.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links that citizens save, photograph or get by e-mail. With {@code lotse.public-url} set they always start
 * with it; otherwise with the address of the request (through the forwarded headers of a trusted proxy).
 */
@Component
public class PublicLinks {

    private final String publicUrl;

    public PublicLinks(@Value("${lotse.public-url:}") String publicUrl) {
        this.publicUrl = StringUtils.trimTrailingCharacter(publicUrl.strip(), '/');
    }

    /** The path is appended as given (ours, already encoded; it may carry a query), as with a configured address. */
    public String to(String path) {
        if (!publicUrl.isEmpty()) {
            return publicUrl + path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
    }
}
