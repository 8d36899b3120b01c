package org.partnershipatlas.app;

import java.time.Duration;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The database not answering — stopped, restarting, a cluster without a leader, the network between cut — as
 * opposed to anything the request did: answered 503 with {@code Retry-After}, never blamed on the request or its
 * credentials. The driver gives up within a few seconds ({@code Neo4jConfiguration}), so the answer comes quickly.
 */
public final class DatabaseOutage {
    /** What {@code Retry-After} says. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private DatabaseOutage() {
    }

    /** Whether {@code e}, or anything that caused it, says the database could not be reached. */
    public static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    public static ProblemDetail problem() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
                "the database is not answering just now; try again in a few seconds");
    }

    public static String retryAfter() {
        return String.valueOf(RETRY_AFTER.toSeconds());
    }
}
