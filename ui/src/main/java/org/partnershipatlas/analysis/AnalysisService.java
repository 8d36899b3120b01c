package org.partnershipatlas.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import org.partnershipatlas.analytics.NetworkAnalytics;
import org.partnershipatlas.app.CurrentNetwork;
import org.partnershipatlas.store.VersionedSnapshot;

/**
 * Analytics of the stored network, cached per network version and scope. A write to the network raises its
 * version, so the next question is answered from a fresh analysis; entries of older versions age out of the small
 * least-recently-used cache. {@link NetworkAnalytics} computes each measure lazily once and is thread-safe, so one
 * cached analysis serves every concurrent request.
 */
@Service
public class AnalysisService {
    /** Scopes kept at once (a strategist moving the year slider visits many). */
    static final int CACHE_SIZE = 64;

    private final CurrentNetwork network;
    private final Map<Key, Analysis> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Analysis> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private record Key(long version, AnalysisScope scope) {
    }

    public AnalysisService(CurrentNetwork network) {
        this.network = network;
    }

    /** The whole network without illustrative data. */
    public Analysis current() {
        return analyse(AnalysisScope.DEFAULT);
    }

    public Analysis analyse(AnalysisScope scope) {
        VersionedSnapshot stored = network.get();
        var key = new Key(stored.version(), scope);
        synchronized (cache) {
            Analysis cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        var snapshot = scope.apply(stored.snapshot());
        var analysis = new Analysis(stored.version(), scope, snapshot, NetworkAnalytics.of(snapshot));
        synchronized (cache) {
            return cache.computeIfAbsent(key, k -> analysis);
        }
    }
}
