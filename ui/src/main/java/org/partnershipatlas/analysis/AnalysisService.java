package org.partnershipatlas.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.partnershipatlas.analytics.introductions.CurrentNetwork;
import org.springframework.stereotype.Service;

import org.partnershipatlas.analytics.NetworkAnalytics;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.store.VersionedSnapshot;

/**
 * Analytics of the stored network, cached per network version and scope (Caffeine: each key computed once, however
 * many requests ask at the same moment). A write raises the version, so the next question is answered from a fresh
 * analysis; entries of older versions age out. {@link NetworkAnalytics} computes each measure lazily once and is
 * thread-safe, so one cached analysis serves every concurrent request.
 */
@Service
public class AnalysisService {
    /** Scopes kept at once (a strategist moving the year slider visits many). */
    static final int CACHE_SIZE = 64;

    private final NetworkReads reads;
    private final Cache<Key, Analysis> cache = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    private record Key(long version, AnalysisScope scope, boolean current) {
    }

    public AnalysisService(NetworkReads reads) {
        this.reads = reads;
    }

    /** The whole network as stored now, without illustrative data. */
    public Analysis current() {
        return analyse(AnalysisScope.DEFAULT);
    }

    /** A scope of the network as stored now (one read). */
    public Analysis analyse(AnalysisScope scope) {
        return analyse(reads.current(), scope);
    }

    /** A scope of a snapshot the caller has already read (so that one answer comes from one version). */
    public Analysis analyse(VersionedSnapshot stored, AnalysisScope scope) {
        return cache.get(new Key(stored.version(), scope, false), key -> {
            var snapshot = scope.apply(stored.snapshot());
            return new Analysis(stored.version(), scope, snapshot, NetworkAnalytics.of(snapshot));
        });
    }

    /**
     * A scope of the network as it is now ({@link CurrentNetwork}: no ended link, a successor in place of a body that
     * merged away): what introductions are made through.
     */
    public Analysis analyseCurrent(AnalysisScope scope) {
        VersionedSnapshot stored = reads.current();
        return cache.get(new Key(stored.version(), scope, true), key -> {
            var snapshot = CurrentNetwork.of(scope.apply(stored.snapshot()));
            return new Analysis(stored.version(), scope, snapshot, NetworkAnalytics.of(snapshot));
        });
    }
}
