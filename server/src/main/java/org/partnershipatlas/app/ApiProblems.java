package org.partnershipatlas.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals an API operation may answer beyond those {@link ApiDocs} gives every operation by its shape (400, 401,
 * 429, 500 and 503 always; 403 unless {@link #open()}; 404 with a path variable; 409 for writes; 413 and 415 with a body).
 * They go into the OpenAPI document as problem JSON, so that a client (and the API tests, which check every answer
 * against the document) knows every status it can get.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiProblems {
    /** Further statuses, e.g. 404 for an id in the query, 410, 412. */
    int[] value() default {};

    /** Anyone may call it (no role is checked, so no 403): the return form, registration. */
    boolean open() default false;

    /** It changes nothing although it is not a GET (what-if): no 409. */
    boolean readOnly() default false;
}
