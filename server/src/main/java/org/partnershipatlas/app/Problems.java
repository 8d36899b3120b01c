package org.partnershipatlas.app;

import java.util.LinkedHashMap;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * RFC 7807 problem details, made in one place: by the API's exception handler, and written directly by the
 * security filters (401, 403, 429) and the error page, so that every error under {@code /api/**} is problem JSON
 * with the right status, never an HTML page or an empty body.
 */
public final class Problems {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String TYPE_BASE = "https://partnershipatlas.org/problems/";

    private Problems() {
    }

    /** A problem with a status, a title, a detail and a type named by {@code slug}. */
    public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create(TYPE_BASE + slug));
        return problem;
    }

    /** Writes a problem as the whole response (for filters, which run outside Spring MVC). */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
                             Map<String, String> headers) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        problem.setInstance(URI.create(safePath(request)));
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        headers.forEach(response::setHeader);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        var body = new LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        JSON.writeValue(response.getOutputStream(), body);
    }

    /** The request path, cut to a safe length, as a relative URI. */
    static String safePath(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path == null) {
            return "/";
        }
        path = path.length() > 200 ? path.substring(0, 200) : path;
        try {
            return URI.create(path).toString();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
