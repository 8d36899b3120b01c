package org.partnershipatlas.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;

import org.partnershipatlas.analytics.introductions.CurrentNetwork;
import org.springframework.stereotype.Service;

import org.partnershipatlas.analytics.NetworkAnalytics;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.reads.Memo;
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

    /**
     * Answers kept at once (a routes or what-if answer is a few kilobytes; 50 people asking about 100 organisations
     * ask a few thousand questions a minute, many of them the same).
     */
    static final int ANSWERS_SIZE = 4_096;

    private final NetworkReads reads;
    private final Cache<Key, Analysis> cache = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();
    private final Memo<AnswerKey, Object> answers = Memo.ofSize(ANSWERS_SIZE);

    private record Key(long version, AnalysisScope scope, boolean current) {
    }

    private record AnswerKey(long version, AnalysisScope scope, Object question) {
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

    /**
     * An answer derived from an analysis, computed once per network version, scope and question however many ask at
     * the same moment, and kept until it ages out (a write raises the version, so a changed network is asked afresh).
     * A routes search or a what-if costs hundreds of milliseconds on a large network; asked again, nothing.
     *
     * @param question a value (a record) naming everything the answer depends on beyond the version and the scope,
     *                 including which analysis of the scope it comes from (the network as stored or as it is now);
     *                 questions of different record types never meet
     * @param answer   computes the answer from {@code analysis}; it must not change anything
     */
    @SuppressWarnings("unchecked")
    public <T> T answer(Analysis analysis, Object question, Function<Analysis, T> answer) {
        return (T) answers.get(new AnswerKey(analysis.version(), analysis.scope(), question),
                () -> answer.apply(analysis));
    }
}
