package org.partnershipatlas.writes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import org.partnershipatlas.app.ProblemException;
import org.partnershipatlas.app.Problems;

/** An organisation, link or recorded change id that does not exist (404 in the API). */
public class NotFoundException extends ProblemException {
    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super("no " + kind + " with id \"" + id + "\"");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    @Override
    public ProblemDetail problem() {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", getMessage());
        problem.setProperty("id", id);
        problem.setProperty("kind", kind);
        return problem;
    }
}
