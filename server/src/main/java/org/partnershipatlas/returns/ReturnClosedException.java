package org.partnershipatlas.returns;

import java.time.LocalDate;

import org.partnershipatlas.app.GoneException;

/** A return link used after its round closed (410 Gone in the API). */
public class ReturnClosedException extends GoneException {
    public ReturnClosedException(String round, LocalDate closes) {
        super("the return round \"" + round + "\" closed on " + closes);
    }
}
