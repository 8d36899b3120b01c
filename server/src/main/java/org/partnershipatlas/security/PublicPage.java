package org.partnershipatlas.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A view anyone may open even when reading is not public ({@code atlas.security.public-read=false}): sign-in, and
 * later the token-keyed return form and the public registration.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicPage {
}
