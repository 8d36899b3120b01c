package org.partnershipatlas.writes;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.seed.WalesAfricaSeed;

/**
 * On first start with an empty database, imports the Wales–Africa seed through the one door for writes (recorded
 * as the history's first change) — while the application context starts, before the web server opens, so no
 * request ever sees an empty network. A database with data is never touched. {@code atlas.seed.enabled=false}
 * skips it.
 */
@Component
class SeedOnFirstStart implements InitializingBean {
    private final NetworkWrites writes;
    private final AtlasProperties properties;

    SeedOnFirstStart(NetworkWrites writes, AtlasProperties properties) {
        this.writes = writes;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.seed().enabled()) {
            writes.seedIfEmpty(WalesAfricaSeed.load());
        }
    }
}
