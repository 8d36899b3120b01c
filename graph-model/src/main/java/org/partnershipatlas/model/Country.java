package org.partnershipatlas.model;

import java.util.Objects;

/**
 * A country (ISO 3166-1 alpha-2) or UK nation (ISO 3166-2, e.g. {@code GB-WLS}).
 *
 * @param code   ISO code, upper case
 * @param name   English name: one line of 1–{@value Limits#MAX_NAME_LENGTH} characters ({@link Text})
 * @param region world region
 */
public record Country(String code, String name, Region region) {
    public Country {
        Objects.requireNonNull(code, "code");
        Text.requireName(name, Limits.MAX_NAME_LENGTH, "country name");
        Objects.requireNonNull(region, "region");
        if (!Countries.isWellFormedCode(code)) {
            throw new IllegalArgumentException("not an ISO 3166 country code: " + code);
        }
    }
}
