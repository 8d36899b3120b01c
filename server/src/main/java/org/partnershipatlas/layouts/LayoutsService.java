package org.partnershipatlas.layouts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import org.partnershipatlas.analysis.ScopeParameters;
import org.partnershipatlas.analytics.layout.NetworkLayout;
import org.partnershipatlas.app.BadRequestException;
import org.partnershipatlas.app.Routes;
import org.partnershipatlas.network.ExplorerState;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.store.LayoutStore;
import org.partnershipatlas.store.SavedLayout;
import org.partnershipatlas.writes.NotFoundException;

/**
 * Saved arrangements of the network picture: saved and deleted by editors (not stewards — an arrangement of the
 * whole network speaks for all of it, as a story does), read by whoever may read. Saving under a name that exists
 * replaces that layout. Every position must name an organisation of the network as stored now.
 */
@Service
public class LayoutsService {
    /** The layouts a picture can start from ({@code NetworkLayout.Kind}'s tokens). */
    public static final List<String> BASES = Arrays.stream(NetworkLayout.Kind.values()).map(ScopeParameters::token)
            .toList();
    private final LayoutStore store;
    private final NetworkReads reads;
    private final Clock clock;

    public LayoutsService(LayoutStore store, NetworkReads reads) {
        this.store = store;
        this.reads = reads;
        this.clock = Clock.systemUTC();
    }

    /** A position as asked for: unchecked numbers from a form or a body. */
    public record Placed(String id, Double x, Double y) {
    }

    /**
     * Checks who asks and every field, then saves (replacing a layout of the same name).
     *
     * @return the layout as stored, and whether it is new
     * @throws BadRequestException naming the field at fault ({@code name}, {@code base}, {@code positions[3].id}, …)
     */
    public Saved save(Actor actor, String name, String base, List<Placed> positions) {
        requireEditor(actor);
        String checkedName = name(name);
        String checkedBase = base == null ? BASES.get(0) : base.strip();
        if (!BASES.contains(checkedBase)) {
            throw new BadRequestException("base", "base is one of " + String.join(", ", BASES));
        }
        if (positions == null) {
            throw new BadRequestException("positions", "positions is a list of {id, x, y} (it may be empty)");
        }
        if (positions.size() > SavedLayout.MAX_POSITIONS) {
            throw new BadRequestException("positions", "a layout holds at most " + SavedLayout.MAX_POSITIONS
                    + " positions, not " + positions.size());
        }
        NetworkSnapshot network = reads.current().snapshot();
        var checked = new ArrayList<SavedLayout.Position>(positions.size());
        var seen = new HashSet<String>();
        for (int i = 0; i < positions.size(); i++) {
            Placed p = positions.get(i);
            String at = "positions[" + i + "]";
            if (p == null || p.id() == null) {
                throw new BadRequestException(at + ".id", at + " needs the id of an organisation");
            }
            if (network.organisation(p.id()).isEmpty()) {
                throw new BadRequestException(at + ".id", at + ".id is not an organisation of the network: "
                        + abbreviate(p.id()));
            }
            if (!seen.add(p.id())) {
                throw new BadRequestException(at + ".id", at + ".id places " + p.id() + " a second time");
            }
            checked.add(new SavedLayout.Position(p.id(), coordinate(at + ".x", p.x()), coordinate(at + ".y", p.y())));
        }
        var layout = new SavedLayout(checkedName, checkedBase, checked, actor.name(), clock.instant());
        boolean created = store.save(layout);
        return new Saved(layout, created);
    }

    /** A layout as saved, and whether its name was new. */
    public record Saved(SavedLayout layout, boolean created) {
    }

    /** A layout by name; empty for a name no layout has (or could have). */
    public Optional<SavedLayout> layout(String name) {
        String checked;
        try {
            checked = SavedLayout.checkName(name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return store.layout(checked);
    }

    /** Every saved layout, by name. */
    public List<SavedLayout> layouts() {
        return store.layouts();
    }

    public void delete(Actor actor, String name) {
        requireEditor(actor);
        if (layout(name).isEmpty() || !store.delete(SavedLayout.checkName(name))) {
            throw new NotFoundException("layout", name);
        }
    }

    /** The network's address showing a saved layout: {@code /network?layout=saved%3A<name>}. */
    public static String address(String name) {
        return "/" + Routes.NETWORK + "?layout=" + URLEncoder.encode(ExplorerState.SAVED_LAYOUT + name,
                StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static boolean mayEdit(Actor actor) {
        return actor.has(Role.EDITOR) && !actor.isSteward();
    }

    private static void requireEditor(Actor actor) {
        if (!mayEdit(actor)) {
            throw new AccessDeniedException(actor.isSteward() ? "a steward arranges their own organisations' data, "
                    + "not the shared picture" : "saving and deleting layouts needs the EDITOR role");
        }
    }

    private static String name(String name) {
        if (name == null) {
            throw new BadRequestException("name", "a layout needs a name of 1 to " + SavedLayout.MAX_NAME + " characters");
        }
        try {
            return SavedLayout.checkName(name);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("name", e.getMessage());
        }
    }

    private static double coordinate(String field, Double value) {
        if (value == null || !Double.isFinite(value) || Math.abs(value) > SavedLayout.MAX_COORDINATE) {
            throw new BadRequestException(field, field + " is a number between -" + (long) SavedLayout.MAX_COORDINATE
                    + " and " + (long) SavedLayout.MAX_COORDINATE);
        }
        return value;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
