package org.partnershipatlas.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Query parameters as the OpenAPI document describes them, for the classes that describe a query an endpoint reads
 * itself ({@link ApiQuery}): enum tokens, patterns, bounded numbers. A repeatable parameter is an array written as
 * {@code kind=a&kind=b}.
 */
public final class QueryDocs {
    /** How many values a repeatable parameter takes at most. */
    public static final int MAX_VALUES = 50;

    private QueryDocs() {
    }

    /** An enum's constants as URL tokens ({@code HEALTH_LINK} → {@code health-link}). */
    public static Parameter tokens(String name, Class<? extends Enum<?>> type, boolean repeatable, String description,
                                   String... extra) {
        var values = new ArrayList<String>();
        for (Enum<?> constant : type.getEnumConstants()) {
            values.add(OperationContract.token(constant));
        }
        values.addAll(List.of(extra));
        var schema = new StringSchema();
        schema.setEnum(values);
        return parameter(name, schema, repeatable, description + " (one of " + String.join(", ", values)
                + "; upper case and underscores are accepted too)");
    }

    public static Parameter text(String name, Integer minLength, Integer maxLength, String pattern, boolean repeatable,
                                 String description) {
        var schema = new StringSchema().minLength(minLength).maxLength(maxLength).pattern(pattern);
        return parameter(name, schema, repeatable, description);
    }

    public static Parameter integer(String name, long min, long max, String description) {
        return parameter(name, new IntegerSchema().minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max)),
                false, description);
    }

    /** A year; its range (1900 to next year) is set for every {@code year} parameter by the document's customiser. */
    public static Parameter year(String description) {
        return parameter("year", new IntegerSchema(), false, description);
    }

    public static Parameter bool(String name, String description) {
        return parameter(name, new BooleanSchema(), false, description);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Parameter parameter(String name, Schema schema, boolean repeatable, String description) {
        var parameter = new Parameter().in("query").name(name).required(false).description(description);
        if (repeatable) {
            parameter.schema(new ArraySchema().items(schema).maxItems(MAX_VALUES))
                    .style(Parameter.StyleEnum.FORM).explode(true);
        } else {
            parameter.schema(schema);
        }
        return parameter;
    }
}
