package org.partnershipatlas.app;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.VersionedSnapshot;

/**
 * The stored network as an immutable snapshot, read once per network version: asking costs one small query for
 * the version, and the whole network is read again only after a write. Everything that analyses or shows the
 * network starts here (data flows store → snapshot → analytics → views).
 */
@Component
public class CurrentNetwork {
    private final NetworkStore store;
    private final AtomicReference<VersionedSnapshot> cached = new AtomicReference<>();

    public CurrentNetwork(NetworkStore store) {
        this.store = store;
    }

    public VersionedSnapshot get() {
        long version = store.version();
        VersionedSnapshot current = cached.get();
        if (current != null && current.version() == version) {
            return current;
        }
        synchronized (this) {
            current = cached.get();
            if (current == null || current.version() != store.version()) {
                current = store.read();
                cached.set(current);
            }
            return current;
        }
    }
}
