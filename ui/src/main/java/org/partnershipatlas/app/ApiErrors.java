package org.partnershipatlas.app;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The error page, as problem JSON: what the servlet container shows when an error happens outside Spring MVC's
 * handlers (a malformed request the container rejects itself). And the answer for any {@code /api/…} address no
 * endpoint has: 404 problem JSON, never the web application's HTML page.
 */
@RestController
@Hidden
class ApiErrors implements ErrorController {

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String slug = status.value() == 404 ? "not-found" : status.is4xxClientError() ? "bad-request" : "internal";
        Problems.write(request, response, Problems.of(status, slug, status.getReasonPhrase(),
                status.is5xxServerError() ? "Something went wrong on the server; it has been logged."
                        : status.getReasonPhrase()), Map.of());
    }

    @RequestMapping("/api/**")
    void unknownApiPath(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problems.write(request, response, Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "no API endpoint at " + Problems.safePath(request) + " (see /v3/api-docs)"), Map.of());
    }
}
