package org.partnershipatlas.analytics.cli;

/** Bad input or arguments: the CLI prints the message alone and exits with code 2. */
final class InputException extends RuntimeException {
    InputException(String message) {
        super(message);
    }
}
