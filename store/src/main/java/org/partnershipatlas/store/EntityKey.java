package org.partnershipatlas.store;

import java.util.Objects;

/** An organisation, a link or a country by id (a country's id is its code; ids are unique per kind only). */
public record EntityKey(EntityType type, String id) {
    public EntityKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static EntityKey organisation(String id) {
        return new EntityKey(EntityType.ORGANISATION, id);
    }

    public static EntityKey link(String id) {
        return new EntityKey(EntityType.LINK, id);
    }

    public static EntityKey country(String code) {
        return new EntityKey(EntityType.COUNTRY, code);
    }

    @Override
    public String toString() {
        return type.token() + " " + id;
    }
}
