package org.partnershipatlas.stories;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.regex.Pattern;

import org.partnershipatlas.app.BadRequestException;
import org.partnershipatlas.app.Routes;

/**
 * Which views a story step may restore. A step is navigated to when the story plays, so it must be a path of this
 * site that names one of the product's views — never an absolute URL, a protocol-relative {@code //host}, a
 * {@code javascript:} address or a path outside the views. The query string is the view's own state; each view
 * checks its parameters when it opens.
 */
public final class StoryViews {
    /** The views a story can show (their route paths; {@code ""} is the overview). */
    static final Set<String> ROUTES = Routes.STORY_VIEWS;
    private static final Pattern PROFILE = Pattern.compile(Routes.ORGANISATIONS + "/[a-z0-9][a-z0-9-]{0,99}");

    private StoryViews() {
    }

    /**
     * @return the route path without its leading slash ({@code network})
     * @throws BadRequestException naming the view when it is not one of the product's views
     */
    public static String check(String view) {
        if (view == null || !view.startsWith("/") || view.startsWith("//") || view.contains("\\")) {
            throw rejected(view);
        }
        URI uri;
        try {
            uri = new URI(view);
        } catch (URISyntaxException e) {
            throw rejected(view);
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null
                || uri.getRawPath() == null) {
            throw rejected(view);
        }
        String path = uri.getRawPath().substring(1);
        if (!ROUTES.contains(path) && !PROFILE.matcher(path).matches()) {
            throw rejected(view);
        }
        return path;
    }

    private static BadRequestException rejected(String view) {
        String shown = view == null ? "null" : view.length() > 80 ? view.substring(0, 80) + "…" : view;
        return new BadRequestException("view", "a step's view must be a path of one of this site's views with its "
                + "query string, e.g. /network?country=LS&year=2006: " + shown);
    }
}
