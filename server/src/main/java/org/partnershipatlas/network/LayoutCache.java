package org.partnershipatlas.network;

import java.util.Map;

import org.springframework.stereotype.Component;

import org.partnershipatlas.analytics.layout.NetworkLayout;
import org.partnershipatlas.analytics.layout.Position;
import org.partnershipatlas.reads.Memo;
import org.partnershipatlas.store.VersionedSnapshot;

/**
 * Positions of every stored organisation per network version and layout kind, computed once (about a second at
 * 10,000 organisations) over the whole stored network, so filters never move anyone: the strategist's mental map
 * survives every filter change. A write raises the version; the last few layouts are kept (a {@link Memo}, computed once
 * per key however many sessions ask).
 */
@Component
public class LayoutCache {
    private static final int KEPT = 4;

    private record Key(long version, NetworkLayout.Kind kind) {
    }

    private final Memo<Key, Map<String, Position>> cache = Memo.ofSize(KEPT);

    public Map<String, Position> positions(VersionedSnapshot stored, NetworkLayout.Kind kind) {
        return cache.get(new Key(stored.version(), kind), () -> Map.copyOf(NetworkLayout.of(stored.snapshot(), kind)));
    }
}
