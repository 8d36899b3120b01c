package org.partnershipatlas.app;

import io.swagger.v3.oas.models.parameters.Parameter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Query parameters an operation reads itself (from the whole query, not one {@code @RequestParam} each), described
 * by a class of its feature: {@link ApiDocs} puts them into the OpenAPI document and {@link KnownQueryParameters}
 * lets exactly them through, so the document and the refusal of unknown parameters say the same.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiQuery {
    /** A class with a public no-argument constructor that describes the parameters. */
    Class<? extends Parameters> value();

    /**
     * Whether the handler reads all of them itself (they are added to the document and accepted); when false, they
     * only describe, by name, parameters the handler declares as {@code @RequestParam} (the scope's codec read by
     * several endpoints, each taking some), and nothing is added.
     */
    boolean readsAll() default true;

    /** The parameters, as the OpenAPI document shows them. */
    interface Parameters {
        List<Parameter> parameters();
    }
}
