package org.partnershipatlas.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query parameter whose values are the constants of an enum written as URL tokens ({@code HEALTH_LINK} →
 * {@code health-link}, as {@link RequestChecks#enumValue} reads them). {@link ApiDocs} lists them as the parameter's
 * {@code enum} in the OpenAPI document, so the document names exactly the values the code accepts.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface EnumTokens {
    Class<? extends Enum<?>> value();

    /** Values accepted besides the enum's (e.g. {@code none}). */
    String[] extra() default {};
}
