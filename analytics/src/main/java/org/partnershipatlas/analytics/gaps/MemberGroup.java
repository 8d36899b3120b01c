package org.partnershipatlas.analytics.gaps;

import java.util.Locale;

import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;

/**
 * The peer groups the IHCC compares within: the Health Boards, and the NHS Trusts (Public Health Wales, Velindre,
 * the Welsh Ambulance Service) — each against its own median, since a Trust's remit differs from a Board's. Only
 * current organisations form a group: a predecessor is counted with its successor.
 */
public enum MemberGroup {
    BOARDS(OrganisationType.HEALTH_BOARD),
    TRUSTS(OrganisationType.NHS_TRUST);

    private final OrganisationType type;

    MemberGroup(OrganisationType type) {
        this.type = type;
    }

    public boolean includes(NetworkSnapshot snapshot, Organisation o) {
        return o.type() == type && snapshot.isCurrent(o);
    }

    /** {@code boards} or {@code trusts}, as in {@code ?group=}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
