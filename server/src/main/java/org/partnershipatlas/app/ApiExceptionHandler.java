package org.partnershipatlas.app;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;

/**
 * The one place where errors of the REST API become RFC 7807 problem details: 400 with every validation error
 * (location, field, value, message), 401/403 for who may not, 404 naming the unknown id, 409 and 412 for writes the
 * network's state refuses, 413 for bodies over the limit, 415 for a wrong content type, 500 {@code backup-failed}
 * when the backup a replace or restore needs first cannot be written — and never a stack trace.
 * It applies to every handler, including the framework's own errors raised before a handler is chosen (an
 * unsupported content type), so that none of them falls through to an HTML error page.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.getMessage());
        List<ValidationError> errors = e.errors();
        problem.setProperty("errors", errors);
        log.info("Rejected input: {}", RequestChecks.abbreviate(e.getMessage()));
        return problem;
    }

    /** A feature's own refusal (404, 409, 412, a failed backup's 500): answered as the feature built it. */
    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e) {
        if (e.status().is5xxServerError()) {
            log.error(e.getMessage(), e);
        }
        var answer = ResponseEntity.status(e.status());
        e.retryAfterSeconds().ifPresent(seconds -> answer.header("Retry-After", String.valueOf(seconds)));
        return answer.body(e.problem());
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
        if (e.parameter() != null) {
            problem.setProperty("parameter", e.parameter());
        }
        log.info("Bad request: {}", e.getMessage());
        return problem;
    }

    /** The request firewall refusing a parameter only when it is read (a control character in its name). */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException e) {
        log.info("Refused by the request firewall: {}", RequestChecks.abbreviate(e.getMessage()));
        return Problems.of(HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
                "the request was refused: it holds a character or sequence this API does not take");
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Too large", e.getMessage());
    }

    @ExceptionHandler(GoneException.class)
    ProblemDetail gone(GoneException e) {
        return Problems.of(HttpStatus.GONE, "gone", "Gone", e.getMessage());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests", e.getMessage()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Partnership Atlas\", Bearer")
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "sign-in", "Sign-in needed", e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        log.info("Refused: {}", e.getMessage());
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", e.getMessage());
    }

    /** Analytics rejects impossible questions (k < 1, a target nothing matches) with IllegalArgumentException. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        log.info("Bad request: {}", RequestChecks.abbreviate(e.getMessage()));
        return Problems.of(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE,
                "too-large", "Too large", "the upload is larger than the limit (atlas.limits.max-import-bytes)"));
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || cause.getClass().getSimpleName().contains("FileCountLimitExceeded")) {
                return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Too large",
                        "the upload is larger than the limit (atlas.limits.max-import-bytes)");
            }
            cause = cause.getCause();
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
                "not a readable multipart/form-data upload");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletResponse response) {
        if (DatabaseOutage.isOutage(e)) {
            log.warn("The database did not answer: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", DatabaseOutage.retryAfter()).body(DatabaseOutage.problem());
        }
        log.error("Unexpected error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "Something went wrong on the server; it has been logged."));
    }
}
