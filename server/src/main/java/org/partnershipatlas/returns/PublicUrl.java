package org.partnershipatlas.returns;

import org.springframework.stereotype.Component;

import org.partnershipatlas.app.AtlasProperties;

/**
 * Where people outside reach the app, for the links in invitations: {@code atlas.returns.public-url}. Never the
 * address a request came to: a request's Host header is the client's to choose, and a link built from it would send
 * an invited lead to whatever site the caller named. Without the setting, links are paths ({@code /respond/…}) for
 * the admin to put after the app's address, and nothing is emailed.
 */
@Component
public class PublicUrl {
    private final String configured;

    PublicUrl(AtlasProperties properties) {
        String url = properties.returns().publicUrl();
        this.configured = url == null || url.isBlank() ? null : url.strip().replaceAll("/+$", "");
        if (configured != null && !configured.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new IllegalStateException("atlas.returns.public-url must be an http(s) address without query, e.g. "
                    + "https://atlas.example.org; it is " + configured);
        }
    }

    /** Whether the public address is set (links are then whole addresses, and may be emailed). */
    public boolean isSet() {
        return configured != null;
    }

    /** The link for a path such as {@code /respond/<token>}: under the public address, or the path alone. */
    String link(String path) {
        return configured == null ? path : configured + path;
    }
}
