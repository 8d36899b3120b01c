package org.partnershipatlas.security;

import org.partnershipatlas.app.AtlasProperties;

/**
 * The Content-Security-Policy of every answer, API and pages alike: under it the Vaadin app, sigma.js and the map
 * work and no script is ever loaded from elsewhere or built from data. Nothing may be framed except the embeds
 * ({@value #EMBEDS}), and those only by the origins in {@code atlas.embed.allowed-origins}.
 */
public final class ContentSecurityPolicy {
    private ContentSecurityPolicy() {
    }

    /**
     * Vaadin's bootstrap needs inline script and {@code eval} (its {@code executeJs}); everything is from this
     * origin, data is always rendered as text, and nothing may frame the app.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The embeddable views (read-only, no navigation), the only pages a partner website may frame. */
    public static final String EMBEDS = "/embed/**";

    /** The policy of every page, with frame-ancestors naming the allowed origins ('none' when there are none). */
    public static String embedPolicy(AtlasProperties.Embed embed) {
        String ancestors = embed.allowedOrigins().isEmpty() ? "'none'" : String.join(" ", embed.allowedOrigins());
        return CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors " + ancestors);
    }

}
