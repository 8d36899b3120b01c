package org.partnershipatlas.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a signed-in person or token may do. Each role includes the ones below it: an admin is an editor, an editor
 * a viewer.
 */
public enum Role {
    /** Reads everything (anonymous users do too when reading is public). */
    VIEWER,
    /** Changes the network; limited to named organisations when a steward. */
    EDITOR,
    /** Manages users and tokens, replaces the whole network, restores backups. */
    ADMIN;

    /** The Spring Security authority ({@code ROLE_EDITOR}). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** This role and every role it includes. */
    public Set<Role> included() {
        return EnumSet.range(VIEWER, this);
    }

    /** The role hierarchy in Spring Security's notation. */
    public static String hierarchy() {
        return "ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_VIEWER";
    }
}
