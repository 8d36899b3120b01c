package org.partnershipatlas;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.NetworkWrites;

/** Tests change the network the way the application does: through the one door, as an admin. */
public final class TestWrites {
    public static final Actor ADMIN = new Actor("test-admin", EnumSet.allOf(Role.class), Set.of());
    public static final Change CHANGE = Change.by(ADMIN, "test");
    /**
     * The first administrator, {@code admin}, a real user of the test application: who makes API tokens in tests (a
     * token whose maker is not a user of the app is refused).
     */
    public static final Actor FIRST_ADMIN = new Actor("admin", EnumSet.allOf(Role.class), Set.of());

    private TestWrites() {
    }

    public static ParsedNetwork parsed(NetworkSnapshot snapshot) {
        return JsonSnapshotFormat.parse(new ByteArrayInputStream(
                JsonSnapshotFormat.toJson(snapshot, false).getBytes(StandardCharsets.UTF_8)));
    }

    public static void replace(NetworkWrites writes, NetworkSnapshot snapshot) {
        writes.importNetwork(parsed(snapshot), ImportMode.REPLACE, null, CHANGE, false, null);
    }

    public static void create(NetworkWrites writes, Organisation organisation) {
        writes.createOrganisation(JsonSnapshotFormat.parseEntity(JsonSnapshotFormat.toJsonNode(organisation),
                JsonSnapshotFormat.Entity.ORGANISATION, "organisation"), CHANGE);
    }

    /**
     * A Health Board whose only tie is the IHCC's coordination: every Board of the seed now has a known link abroad
     * (Hywel Dda's through the paper's statement), so tests of "no known link" make one. Returns its id.
     */
    public static String boardWithoutKnownLink(NetworkWrites writes) {
        String id = "test-board-without-known-link";
        Source fixture = new Source("test fixture", null);
        create(writes, new Organisation(id, "Test Health Board without a known link", OrganisationType.HEALTH_BOARD,
                "GB-WLS", null, null, null, null, null, Confidence.A, List.of(fixture)));
        create(writes, new Link("test-ihcc-coordinates-" + id, "ihcc", id, LinkKind.COORDINATION, null, null,
                LinkStatus.ACTIVE, List.of(), List.of(), Learning.UNKNOWN, null, Confidence.A,
                List.of(fixture), List.of()));
        return id;
    }

    public static void create(NetworkWrites writes, Link link) {
        writes.createLink(JsonSnapshotFormat.parseEntity(JsonSnapshotFormat.toJsonNode(link),
                JsonSnapshotFormat.Entity.LINK, "link"), CHANGE);
    }
}
