package org.partnershipatlas.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import org.partnershipatlas.analytics.layout.NetworkLayout;
import org.partnershipatlas.analytics.layout.Position;
import org.partnershipatlas.store.VersionedSnapshot;

/**
 * Positions of every stored organisation per network version and layout kind, computed once (about a second at
 * 10,000 organisations) over the whole stored network, so filters never move anyone: the strategist's mental map
 * survives every filter change. A write raises the version; the last few versions are kept.
 */
@Component
public class LayoutCache {
    private static final int KEPT = 4;

    private record Key(long version, NetworkLayout.Kind kind) {
    }

    private final Map<Key, Map<String, Position>> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Map<String, Position>> eldest) {
            return size() > KEPT;
        }
    };
    private final Map<Key, Object> locks = new ConcurrentHashMap<>();

    public Map<String, Position> positions(VersionedSnapshot stored, NetworkLayout.Kind kind) {
        var key = new Key(stored.version(), kind);
        synchronized (cache) {
            var cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // One computation per key even when many sessions ask at once.
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            synchronized (cache) {
                var cached = cache.get(key);
                if (cached != null) {
                    return cached;
                }
            }
            var positions = Map.copyOf(NetworkLayout.of(stored.snapshot(), kind));
            synchronized (cache) {
                cache.put(key, positions);
            }
            locks.remove(key);
            return positions;
        }
    }
}
