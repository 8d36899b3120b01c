package org.partnershipatlas.app;

import java.util.Collections;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a query parameter the endpoint does not take, with 400 naming it: a misspelt {@code yaer=2006} would
 * otherwise be ignored silently and answer the whole network as if it were right. The parameters an endpoint takes
 * are those its handler declares — {@code @RequestParam}, and those its {@link ApiQuery} describes — which are also
 * exactly the parameters of the OpenAPI document. Only {@code /api/**}: Vaadin's own paths and static files keep
 * their parameters. Only the query string is read; form fields of a multipart body are not query parameters.
 */
@Configuration(proxyBeanMethods = false)
class KnownQueryParameters implements WebMvcConfigurer, HandlerInterceptor {
    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || method.getBeanType() == ApiErrors.class
                || request.getQueryString() == null) {
            return true;
        }
        Set<String> names = known.computeIfAbsent(method.getMethod(), m -> names(method));
        for (String pair : request.getQueryString().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (!names.contains(name)) {
                throw RequestChecks.rejected(RequestChecks.abbreviate(name), name, "unknown query parameter \""
                        + RequestChecks.abbreviate(name) + "\"" + (names.isEmpty() ? "; this endpoint takes none"
                        : "; this endpoint takes " + String.join(", ", names)));
            }
        }
        return true;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw RequestChecks.rejected(RequestChecks.abbreviate(text), text,
                    "a query parameter's name is not valid percent-encoding");
        }
    }

    /** The query parameters a handler takes. */
    static Set<String> names(HandlerMethod handler) {
        var names = new TreeSet<String>();
        for (MethodParameter p : handler.getMethodParameters()) {
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (param != null && !Map.class.isAssignableFrom(p.getParameterType())) {
                names.add(OperationContract.parameterName(p, param));
            }
        }
        for (Parameter documented : AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(),
                Parameter.class)) {
            if (documented.in() == ParameterIn.QUERY && !documented.hidden()) {
                names.add(documented.name());
            }
        }
        ApiQuery query = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ApiQuery.class);
        if (query != null && query.readsAll()) {
            OperationContract.queryParameters(handler.getMethod(), query).forEach(p -> names.add(p.getName()));
        }
        return Collections.unmodifiableSortedSet(names);
    }
}
