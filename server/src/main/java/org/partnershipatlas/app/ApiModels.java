package org.partnershipatlas.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springframework.stereotype.Component;

import org.partnershipatlas.analytics.NodeMetrics;
import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.introductions.Evidence;
import org.partnershipatlas.model.Source;

/**
 * Makes the schemas of the API's answers say what Jackson writes, where the annotations cannot:
 * <ul>
 * <li>a property holding a {@link Finding} is written as its text with the finding itself beside it
 * ({@code FindingsJson}: {@code explanation} and {@code explanationFinding}, {@code reasons} and {@code findings});
 * one named {@code finding(s)} as the finding only;</li>
 * <li>a property typed {@link JsonNode} or {@link Object} may hold any JSON value, null included;</li>
 * <li>nullable properties of records from the analytics module, which has no OpenAPI annotations
 * ({@link #NULLABLE});</li>
 * <li>two Java types may not share a schema name (one would silently replace the other): generating the document
 * fails, naming both, until one is given its own {@code @Schema(name = …)}.</li>
 * </ul>
 */
@Component
class ApiModels implements ModelConverter {
    static final String FINDING = "Finding";
    /** Properties of types outside this module that the API writes as null where there is nothing to say. */
    static final Map<Class<?>, Set<String>> NULLABLE = Map.of(Evidence.class, Set.of("via"),
            NodeMetrics.class, Set.of("constraint", "effectiveSize"), Source.class, Set.of("url"));

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, Class<?>> names = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = mapper.constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (schema == null || !raw.getName().startsWith("org.partnershipatlas.") || raw.isEnum()
                || javaType.isContainerType()) {
            return schema;
        }
        String name = schema.get$ref() == null ? schema.getName() : schema.get$ref().substring(
                schema.get$ref().lastIndexOf('/') + 1);
        Schema model = schema.get$ref() == null ? schema : context.getDefinedModels().get(name);
        if (name != null) {
            Class<?> earlier = names.putIfAbsent(name, raw);
            if (earlier != null && earlier != raw) {
                throw new IllegalStateException("two types are named \"" + name + "\" in the OpenAPI document: "
                        + earlier.getName() + " and " + raw.getName() + "; give one @Schema(name = …)");
            }
        }
        if (model != null && model.getProperties() != null) {
            complete(javaType, model, context);
        }
        return schema;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void complete(JavaType type, Schema model, ModelConverterContext context) {
        Map<String, Schema> properties = model.getProperties();
        Set<String> nullable = NULLABLE.getOrDefault(type.getRawClass(), Set.of());
        for (BeanPropertyDefinition property : mapper.getSerializationConfig().introspect(type).findProperties()) {
            String name = property.getName();
            JavaType propertyType = property.getPrimaryType();
            Schema current = properties.get(name);
            if (current == null || propertyType == null) {
                continue;
            }
            io.swagger.v3.oas.annotations.media.Schema annotation = property.getPrimaryMember() == null ? null
                    : property.getPrimaryMember().getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            boolean one = propertyType.hasRawClass(Finding.class);
            boolean many = propertyType.isCollectionLikeType() && propertyType.getContentType() != null
                    && propertyType.getContentType().hasRawClass(Finding.class);
            if (one || many) {
                findings(properties, name, one, current.getDescription());
            } else if (current.get$ref() != null && (nullable.contains(name)
                    || annotation != null && annotation.nullable())) {
                properties.put(name, nullableCopy(current, context, annotation));
            } else if ((propertyType.hasRawClass(Object.class) || JsonNode.class.isAssignableFrom(propertyType.getRawClass()))
                    && current.getProperties() == null) {
                var any = new Schema<>().description(current.getDescription() == null ? "any JSON value"
                        : current.getDescription());
                any.setNullable(true);
                properties.put(name, any);
            } else if (nullable.contains(name)) {
                current.setNullable(true);
            }
        }
    }

    /**
     * A referenced schema inline, nullable: OpenAPI 3.0 ignores {@code nullable} beside a {@code $ref}, and a null
     * would not match the referenced object.
     */
    @SuppressWarnings("rawtypes")
    private static Schema nullableCopy(Schema reference, ModelConverterContext context,
                                       io.swagger.v3.oas.annotations.media.Schema annotation) {
        String name = reference.get$ref().substring(reference.get$ref().lastIndexOf('/') + 1);
        Schema model = context.getDefinedModels().get(name);
        if (model == null) {
            return reference;
        }
        try {
            var json = Json.mapper();
            Schema copy = json.readValue(json.writeValueAsString(model), Schema.class);
            copy.setNullable(true);
            copy.setName(null);
            if (annotation != null && !annotation.description().isEmpty()) {
                copy.setDescription(annotation.description());
            }
            return copy;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot copy the schema " + name, e);
        }
    }

    /** A finding property as FindingsJson writes it: the text, and the finding beside it. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void findings(Map<String, Schema> properties, String name, boolean one, String description) {
        Schema finding = new Schema<>().$ref(ApiDocs.COMPONENTS + FINDING);
        if (name.equals("finding") || name.equals("findings")) {
            properties.put(name, one ? nullable(ApiDocs.findingSchema()) : new ArraySchema().items(finding));
            return;
        }
        var text = new StringSchema().description(description == null
                ? "in the language of Accept-Language (cy: Welsh, else English)" : description);
        properties.put(name, one ? nullable(text) : new ArraySchema().items(new StringSchema()).description(
                text.getDescription()));
        String beside = name.equals("reasons") ? "findings" : name + (one ? "Finding" : "Findings");
        properties.put(beside, one ? nullable(ApiDocs.findingSchema().description("the same as a code and its arguments"))
                : new ArraySchema().items(finding).description("the same as codes and their arguments"));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema schema) {
        schema.setNullable(true);
        return schema;
    }
}
