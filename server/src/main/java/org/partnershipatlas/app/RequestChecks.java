package org.partnershipatlas.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.partnershipatlas.model.Ids;

/**
 * Checks of request parameters shared by every endpoint: numbers within bounds, ids of the right shape, enum
 * values by name. A bad value becomes a 400 naming the parameter; hostile-looking values are logged (cut short)
 * and never reach a query — the store takes parameters only, and analytics works on in-memory snapshots.
 */
public final class RequestChecks {
    private static final Logger log = LoggerFactory.getLogger(RequestChecks.class);

    private RequestChecks() {
    }

    public static int bounded(String parameter, int value, int min, int max) {
        if (value < min || value > max) {
            throw rejected(parameter, String.valueOf(value), parameter + " must be between " + min + " and " + max);
        }
        return value;
    }

    /** An organisation or link id; a malformed one cannot exist, so it is a 400 rather than a 404. */
    public static String id(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw rejected(parameter, value, parameter + " is required");
        }
        if (!Ids.isValidId(value)) {
            throw rejected(parameter, value, parameter + " is not a valid id (lower-case letters, digits and '-')");
        }
        return value;
    }

    public static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        String normalised = value == null ? "" : value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalised)) {
                return constant;
            }
        }
        throw rejected(parameter, value, parameter + " must be one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", ")));
    }

    public static BadRequestException rejected(String parameter, String value, String message) {
        log.warn("Rejected parameter {}={}: {}", parameter, abbreviate(value), message);
        return new BadRequestException(parameter, message);
    }

    public static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        String oneLine = value.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 80 ? oneLine.substring(0, 80) + "…" : oneLine;
    }
}
