package org.partnershipatlas.model;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The one rule for web addresses the product stores and renders as links (an organisation's {@code website}, a
 * source's {@code url}): absolute {@code http} or {@code https} with a host, at most {@value #MAX_LENGTH}
 * characters. Anything else — {@code javascript:}, {@code data:}, a relative path — would run or mislead in a
 * reader's browser, so the value types refuse it whatever path the data arrives by (file, form, API, return).
 */
public final class WebAddress {
    /** See {@link Limits#MAX_URL_LENGTH}. */
    public static final int MAX_LENGTH = Limits.MAX_URL_LENGTH;

    private WebAddress() {
    }

    /** What is wrong with {@code url} as a stored web address, or {@code null} if nothing is. */
    public static String problem(String url) {
        if (url == null) {
            return "no address";
        }
        String text = Text.problem(url, Text.Kind.LINE, MAX_LENGTH);
        if (text != null) {
            return "address " + text;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                return "not an http(s) address";
            }
            return null;
        } catch (URISyntaxException e) {
            return "not a valid address (" + e.getReason() + ")";
        }
    }

    public static boolean isSafe(String url) {
        return url != null && problem(url) == null;
    }

    /** Returns {@code url} (stripped) if it is an http(s) address, else throws naming {@code what}. */
    static String require(String url, String what) {
        String problem = problem(url);
        if (problem != null) {
            throw new IllegalArgumentException(what + ": " + problem);
        }
        return url.strip();
    }
}
