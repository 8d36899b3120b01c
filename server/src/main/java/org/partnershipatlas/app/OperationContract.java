package org.partnershipatlas.app;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import org.partnershipatlas.model.Ids;

/**
 * Completes one operation of the OpenAPI document from its handler method, so that nothing has to be repeated on
 * each controller: every status it can answer, as problem JSON, and the allowed values of its parameters.
 * <ul>
 * <li>Every operation: 400 (a bad or unknown parameter), 401 (a revoked token, or sign-in needed when reading is not
 * public), 429 (a user name held off after failed sign-ins), 500, and 503 (the database did not answer).</li>
 * <li>403 unless anyone may call it ({@link ApiProblems#open()}); 404 with a path variable; 409 for a write (the
 * network kept changing, a stale preview, a conflict of state); 413 and 415 with a request body; and what
 * {@link ApiProblems} adds.</li>
 * <li>Parameters: the tokens of an {@link EnumTokens} enum; every {@code year} from {@value Ids#FIRST_YEAR} to next
 * year, as {@link Ids#isValidYear} accepts; the parameters an {@link ApiQuery} describes.</li>
 * </ul>
 */
final class OperationContract {
    private static final Map<Method, List<Parameter>> EXTRA = new ConcurrentHashMap<>();
    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();
    private static final Set<RequestMethod> READS = Set.of(RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS);

    private OperationContract() {
    }

    static Operation complete(Operation operation, HandlerMethod handler) {
        Method method = handler.getMethod();
        ApiProblems declared = AnnotatedElementUtils.findMergedAnnotation(method, ApiProblems.class);
        parameters(operation, handler);
        var statuses = new ArrayList<>(List.of(400, 401, 429, 500, 503));
        if (declared == null || !declared.open()) {
            statuses.add(403);
        }
        if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(PathVariable.class))) {
            statuses.add(404);
        }
        if (writes(method) && (declared == null || !declared.readOnly())) {
            statuses.add(409);
        }
        if (operation.getRequestBody() != null) {
            statuses.add(413);
            statuses.add(415);
        }
        if (declared != null) {
            Arrays.stream(declared.value()).forEach(statuses::add);
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        statuses.stream().distinct().sorted().forEach(status -> problem(operation.getResponses(), status));
        return operation;
    }

    private static boolean writes(Method method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        return mapping != null && Arrays.stream(mapping.method()).anyMatch(m -> !READS.contains(m));
    }

    private static void problem(ApiResponses responses, int status) {
        String code = String.valueOf(status);
        if (responses.containsKey(code)) {
            return;
        }
        var response = new ApiResponse().description(meaning(status)).content(new Content()
                .addMediaType(ApiDocs.PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(ApiDocs.PROBLEM_REF))));
        if (status == 401) {
            response.addHeaderObject("WWW-Authenticate", new Header().schema(new StringSchema())
                    .description("Basic realm=\"Partnership Atlas\", Bearer"));
        }
        if (status == 429 || status == 503 || status == 409) {
            response.addHeaderObject("Retry-After", new Header().schema(new IntegerSchema())
                    .description(status == 409 ? "seconds to wait, when the network was busy" : "seconds to wait"));
        }
        responses.addApiResponse(code, response);
    }

    private static String meaning(int status) {
        return switch (status) {
            case 400 -> "A parameter or the body is not valid, or a query parameter is unknown; the problem names it";
            case 401 -> "Sign-in needed, or the credentials or token were not accepted";
            case 403 -> "Signed in, but your roles (or stewardship) do not allow this";
            case 404 -> "No such thing; the problem names the id";
            case 409 -> "Refused by the network's state (it moved since the preview, it has links, later changes, busy)";
            case 410 -> "Gone: the round has closed";
            case 412 -> "If-Match: it was changed by someone else meanwhile; nothing was changed";
            case 413 -> "The body is larger than the limit";
            case 415 -> "This Content-Type is not taken here";
            case 429 -> "Too many requests; wait Retry-After seconds";
            case 500 -> "Something went wrong on the server; it has been logged";
            case 503 -> "The database did not answer; try again after Retry-After seconds";
            default -> HttpStatus.valueOf(status).getReasonPhrase();
        };
    }

    // --- parameters ----------------------------------------------------------------------------------------------

    private static void parameters(Operation operation, HandlerMethod handler) {
        ApiQuery query = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ApiQuery.class);
        if (query != null) {
            for (Parameter described : queryParameters(handler.getMethod(), query)) {
                var present = find(operation, described.getName());
                if (present.isPresent()) {
                    present.get().schema(described.getSchema()).description(described.getDescription())
                            .style(described.getStyle()).explode(described.getExplode());
                } else if (query.readsAll()) {
                    operation.addParametersItem(described);
                }
            }
        }
        for (MethodParameter p : handler.getMethodParameters()) {
            EnumTokens tokens = p.getParameterAnnotation(EnumTokens.class);
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (tokens != null && param != null) {
                String name = OperationContract.parameterName(p, param);
                find(operation, name).ifPresent(found -> enumerate(found, tokens(tokens)));
            }
        }
        if (operation.getParameters() != null) {
            for (Parameter p : operation.getParameters()) {
                if ("query".equals(p.getIn()) && p.getName().equals("year")) {
                    yearRange(p.getSchema());
                }
            }
        }
    }

    /** A query parameter's name: as its annotation gives it, else the Java parameter's (compiled with -parameters). */
    static String parameterName(MethodParameter parameter, RequestParam annotation) {
        if (!annotation.name().isEmpty()) {
            return annotation.name();
        }
        if (!annotation.value().isEmpty()) {
            return annotation.value();
        }
        parameter.initParameterNameDiscovery(NAMES);
        return parameter.getParameterName();
    }

    /** The parameters an {@link ApiQuery} describes (made once per method). */
    static List<Parameter> queryParameters(Method method, ApiQuery query) {
        return EXTRA.computeIfAbsent(method, m -> {
            try {
                return List.copyOf(query.value().getDeclaredConstructor().newInstance().parameters());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot describe the query of " + m, e);
            }
        });
    }

    private static Optional<Parameter> find(Operation operation, String name) {
        return operation.getParameters() == null || name == null ? Optional.empty()
                : operation.getParameters().stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    /** An enum's constants as URL tokens ({@code HEALTH_LINK} → {@code health-link}), with any extra values. */
    static List<String> tokens(EnumTokens tokens) {
        var values = new ArrayList<String>();
        for (Enum<?> constant : tokens.value().getEnumConstants()) {
            values.add(token(constant));
        }
        values.addAll(List.of(tokens.extra()));
        return values;
    }

    static String token(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void enumerate(Parameter parameter, List<String> values) {
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getItems() != null) {
            schema = schema.getItems();
        }
        if (schema == null) {
            schema = new StringSchema();
            parameter.setSchema(schema);
        }
        schema.setEnum(new ArrayList<>(values));
        String accepted = "; upper case and underscores are accepted too";
        if (parameter.getDescription() == null || !parameter.getDescription().contains(accepted)) {
            parameter.setDescription((parameter.getDescription() == null ? "one of " + String.join(", ", values)
                    : parameter.getDescription()) + accepted);
        }
    }

    /** A year as {@link Ids#isValidYear} takes it: {@value Ids#FIRST_YEAR} to next year (when the document is made). */
    static void yearRange(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        Schema<?> target = schema.getItems() != null ? schema.getItems() : schema;
        target.setMinimum(BigDecimal.valueOf(Ids.FIRST_YEAR));
        target.setMaximum(BigDecimal.valueOf(Ids.lastYear()));
    }
}
