package org.partnershipatlas.app;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.partnershipatlas.model.Ids;
import org.partnershipatlas.model.Limits;

/**
 * The OpenAPI document ({@code /v3/api-docs}) as the API's contract: the RFC 7807 problem as one named schema,
 * {@value #PROBLEM}, the ways to sign in, and for every operation each status it can answer
 * ({@link OperationContract}) and the allowed values of its parameters. The API tests check every request they make
 * and every answer they get against this document, so the document and the code cannot drift apart.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {
    /** The component schema of every refusal and error. */
    public static final String PROBLEM = "Problem";
    static final String COMPONENTS = "#/components/schemas/";
    public static final String PROBLEM_REF = COMPONENTS + PROBLEM;
    public static final String PROBLEM_JSON = "application/problem+json";


    @Bean
    OpenAPI atlasOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Partnership Atlas API").version("1").description(
                        "The Wales–Africa health partnership network: read it, measure it, change it. Sign in with HTTP "
                                + "Basic (a user) or Authorization: Bearer (an API token); reads are open to anyone "
                                + "unless atlas.security.public-read is false. Every refusal is an RFC 7807 problem "
                                + "(application/problem+json, schema " + PROBLEM + "). Query parameters an operation "
                                + "does not list are refused 400 naming the parameter; a method a path does not "
                                + "take is answered 405 with Allow. This document is the contract: the test suite "
                                + "checks every request and answer of its API tests against it."))
                .components(new Components()
                        .addSchemas(PROBLEM, problemSchema())
                        .addSchemas(ApiModels.FINDING, findingSchema())
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("a user name and password"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("an API token (atlas_…), made by an admin")));
    }

    @Bean
    GlobalOperationCustomizer atlasOperationContract() {
        return OperationContract::complete;
    }

    /** The snapshot's years as the format's reader takes them, bounded when the document is made. */
    @Bean
    GlobalOpenApiCustomizer atlasSnapshotYears() {
        return openApi -> {
            var schemas = openApi.getComponents() == null ? null : openApi.getComponents().getSchemas();
            if (schemas == null) {
                return;
            }
            schemas.forEach((name, schema) -> {
                if (!name.startsWith("Snapshot") || schema.getProperties() == null) {
                    return;
                }
                schema.getProperties().forEach((property, value) -> {
                    if (YEARS.contains(property)) {
                        OperationContract.yearRange((Schema<?>) value);
                    } else if (property.equals("fundedUntil")) {
                        ((Schema<?>) value).minimum(BigDecimal.valueOf(Ids.FIRST_YEAR)).maximum(BigDecimal.valueOf(
                                Ids.lastYear() - 1 + Limits.MAX_FUNDED_YEARS_AHEAD));
                    }
                });
            });
        };
    }

    /** The snapshot's properties that are years from 1900 to next year. */
    static final Set<String> YEARS = Set.of("founded", "dissolved", "since", "until", "lastEvidence");

    /**
     * RFC 7807 with this API's extensions: {@code parameter} (the query parameter or header at fault),
     * {@code errors} (every validation error, each naming where, field and value), {@code id} and {@code kind} (what
     * was not found); 409 and 412 add what conflicts. Other members may be added, so it stays open.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema<?> problemSchema() {
        var error = new ObjectSchema()
                .addProperty("location", nullableString("where: a JSON path (links[14].to) or a CSV place"))
                .addProperty("field", nullableString("the field or column, or null for a whole record or file"))
                .addProperty("value", nullableString("the offending value as written (cut to 120 characters)"))
                .addProperty("message", new StringSchema().description("what is wrong, in plain words"));
        error.setRequired(List.of("message"));
        error.setAdditionalProperties(false);
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").description(
                "what kind of problem: " + Problems.TYPE_BASE + "<slug>, or about:blank"));
        properties.put("title", new StringSchema());
        properties.put("status", new IntegerSchema().minimum(BigDecimal.valueOf(400))
                .maximum(BigDecimal.valueOf(599)));
        properties.put("detail", nullableString("what went wrong, in plain words"));
        properties.put("instance", nullableString("the path that was asked for"));
        properties.put("parameter", new StringSchema().description("the parameter or header at fault"));
        properties.put("errors", new ArraySchema().items(error).description("every validation error found (up to 100)"));
        properties.put("id", new StringSchema().description("the id that was not found"));
        properties.put("kind", new StringSchema().description("what kind of thing was not found"));
        var problem = new ObjectSchema().description("An RFC 7807 problem: every refusal and error of the API.");
        problem.setProperties(properties);
        problem.setRequired(List.of("type", "title", "status"));
        problem.setAdditionalProperties(true);
        return problem;
    }

    /**
     * A finding as machines read it beside its text: a stable code and named arguments (names, not ids; ids beside
     * where useful; percentages as numbers). The codes and their English are in the analytics module's
     * {@code findings/english.properties}.
     */
    static Schema<?> findingSchema() {
        var finding = new ObjectSchema().description("a finding: its code and arguments")
                .addProperty("code", new StringSchema().pattern("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"))
                .addProperty("arguments", new ObjectSchema().additionalProperties(true));
        finding.setRequired(List.of("code", "arguments"));
        finding.setAdditionalProperties(false);
        return finding;
    }

    private static Schema<?> nullableString(String description) {
        var schema = new StringSchema().description(description);
        schema.setNullable(true);
        return schema;
    }
}
