package org.partnershipatlas.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.model.Themes;

/**
 * How an import treats themes (docs/FORMAT.md, "Themes"). A theme of the controlled list ({@link Themes}), named by
 * its label, key or one of its variants, is stored as the theme's English label. A theme outside the list is refused
 * — unless the policy accepts new themes (the server sets that for an administrator's imports and edits, so a new
 * theme is a decision someone accountable took) or the network already holds it (an administrator accepted it before:
 * an editor changing such a link's status must not be refused for a theme nobody touched).
 *
 * @param acceptNew whether a theme outside the list is accepted as written
 * @param accepted  themes outside the list that are accepted anyway: those the network already holds
 */
public record ThemePolicy(boolean acceptNew, Set<String> accepted) {
    /** Only the list, and nothing else (the default of every reader). */
    public static final ThemePolicy LIST_ONLY = new ThemePolicy(false, Set.of());
    /** The list, and any other theme as written (an administrator). */
    public static final ThemePolicy ACCEPT_NEW = new ThemePolicy(true, Set.of());

    public ThemePolicy {
        accepted = Set.copyOf(accepted == null ? Set.of() : accepted);
    }

    /** {@link #ACCEPT_NEW} for an administrator, {@link #LIST_ONLY} for anyone else. */
    public static ThemePolicy forAdministrator(boolean administrator) {
        return administrator ? ACCEPT_NEW : LIST_ONLY;
    }

    /** This policy, also accepting the themes outside the list that {@code links} already carry. */
    public ThemePolicy alsoAccepting(Collection<Link> links) {
        var more = new HashSet<>(accepted);
        for (Link l : links) {
            for (String theme : l.themes()) {
                if (Themes.resolve(theme).isEmpty()) {
                    more.add(theme);
                }
            }
        }
        return new ThemePolicy(acceptNew, more);
    }

    /** The theme as it is stored (the list's English label, or the accepted text), or empty if it is refused. */
    public Optional<String> stored(String theme) {
        Optional<Theme> known = Themes.resolve(theme);
        if (known.isPresent()) {
            return Optional.of(known.get().english());
        }
        return acceptNew || accepted.contains(theme) ? Optional.of(theme) : Optional.empty();
    }

    /**
     * The links with their themes as stored (variants mapped, repeats dropped); every theme refused is an error
     * located at the link's {@code themes}, naming the theme and the list.
     */
    List<Located<Link>> apply(List<Located<Link>> links, Errors errors) {
        var result = new ArrayList<Located<Link>>(links.size());
        for (Located<Link> located : links) {
            Link l = located.value();
            var themes = new ArrayList<String>();
            boolean refused = false;
            for (String theme : l.themes()) {
                Optional<String> stored = stored(theme);
                if (stored.isEmpty()) {
                    refused = true;
                    errors.add(located.source().location("themes"), "themes", theme, "unknown theme \""
                            + theme + "\" (known: " + String.join(", ", Themes.labels()) + ")");
                } else if (!themes.contains(stored.get())) {
                    themes.add(stored.get());
                }
            }
            result.add(refused || themes.equals(l.themes()) ? located
                    : new Located<>(l.withThemes(themes), located.source()));
        }
        return result;
    }
}
