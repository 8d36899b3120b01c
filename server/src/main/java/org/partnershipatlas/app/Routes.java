package org.partnershipatlas.app;

import java.util.Set;

/**
 * The product's view paths, declared once: the views' {@code @Route}s, the navigation, links between views, the
 * stories that replay them and the invitations that point at them all use these names (relative paths, no leading
 * slash, as Vaadin routes are written). The REST API's paths live on its controllers.
 */
public final class Routes {
    /** The overview, also served at the site's root ({@link #ROOT}). */
    public static final String OVERVIEW = "overview";
    public static final String ROOT = "";
    public static final String NETWORK = "network";
    public static final String MAP = "map";
    public static final String HEALTH_BOARDS = "health-boards";
    public static final String QUALITY = "quality";
    public static final String BROKERS = "brokers";
    public static final String INTRODUCTIONS = "introductions";
    public static final String WHAT_IF = "what-if";
    public static final String HISTORY = "history";
    public static final String STORIES = "stories";
    public static final String ABOUT = "about";
    public static final String ACCESSIBILITY = "accessibility";
    /** An organisation's profile is {@code organisations/<id>} ({@link #organisation(String)}). */
    public static final String ORGANISATIONS = "organisations";
    public static final String DATA = "data";
    public static final String RETURNS = "returns";
    public static final String USERS = "users";
    public static final String BACKUPS = "backups";
    public static final String REGISTER = "register";
    public static final String RESPOND = "respond";
    public static final String LOGIN = "login";
    public static final String EMBED_NETWORK = "embed/network";
    public static final String EMBED_MAP = "embed/map";

    /** The views a story step may show: the reading views (profiles are checked apart, by their id's shape). */
    public static final Set<String> STORY_VIEWS = Set.of(ROOT, OVERVIEW, NETWORK, MAP, HEALTH_BOARDS, QUALITY,
            BROKERS, INTRODUCTIONS, WHAT_IF, HISTORY, ABOUT);

    private Routes() {
    }

    /** The path of an organisation's profile ({@code organisations/<id>}). */
    public static String organisation(String id) {
        return ORGANISATIONS + "/" + id;
    }
}
