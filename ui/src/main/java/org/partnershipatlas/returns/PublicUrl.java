package org.partnershipatlas.returns;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.partnershipatlas.app.AtlasProperties;

/**
 * Where people outside reach the app, for the links in invitations: {@code atlas.returns.public-url} when set (it
 * should be, behind a proxy), else the address the admin's own request came to.
 */
@Component
class PublicUrl {
    private final String configured;

    PublicUrl(AtlasProperties properties) {
        String url = properties.returns().publicUrl();
        this.configured = url == null || url.isBlank() ? null : url.strip().replaceAll("/+$", "");
        if (configured != null && !configured.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new IllegalStateException("atlas.returns.public-url must be an http(s) address without query, e.g. "
                    + "https://atlas.example.org; it is " + configured);
        }
    }

    /** The configured address if there is one, else {@code requestBase}. */
    String or(String requestBase) {
        return configured != null ? configured : requestBase;
    }

    String base(HttpServletRequest request) {
        if (configured != null) {
            return configured;
        }
        return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).toUriString();
    }
}
