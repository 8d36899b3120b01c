package org.partnershipatlas;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
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

    public static void create(NetworkWrites writes, Link link) {
        writes.createLink(JsonSnapshotFormat.parseEntity(JsonSnapshotFormat.toJsonNode(link),
                JsonSnapshotFormat.Entity.LINK, "link"), CHANGE);
    }
}
