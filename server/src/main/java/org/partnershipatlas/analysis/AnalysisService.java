package org.partnershipatlas.analysis;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Autowired;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.partnershipatlas.analytics.introductions.CurrentNetwork;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import org.partnershipatlas.analytics.NetworkAnalytics;
import org.partnershipatlas.analytics.gaps.CoverageDimension;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.reads.Memo;
import org.partnershipatlas.reads.NetworkChanged;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.store.VersionedSnapshot;

/**
 * Analytics of the stored network, cached per network version and scope (Caffeine: each key computed once, however
 * many requests ask at the same moment). A write raises the version, so the next question is answered from a fresh
 * analysis; entries of older versions age out. {@link NetworkAnalytics} computes each measure lazily once and is
 * thread-safe, so one cached analysis serves every concurrent request.
 *
 * <p><b>Large networks right after a write.</b> Above {@link #PREVIOUS_WHILE_PREPARING_ABOVE} organisations the broker
 * ranking of a new version costs seconds (a fresh betweenness estimate), and every question waits for it. The API's
 * brokers and what-if therefore ask for a {@linkplain #analysePrepared prepared} analysis: the new version's if it is
 * ready within {@link #PATIENCE_MILLIS} ms, else the previous version's, while the new one is computed in the
 * background (one at a time). Their answers name the version they describe and the newer one being prepared. A large
 * network's default scope is prepared as soon as a write lands. Smaller networks, and the views, always get the
 * current version.
 */
@Service
public class AnalysisService {
    /** Above this many organisations (the size at which betweenness is estimated) a prepared analysis may lag. */
    public static final int PREVIOUS_WHILE_PREPARING_ABOVE = NetworkAnalytics.ADAPTIVE_BETWEENNESS_ABOVE;

    /** How long a question waits for the new version's analysis before it is answered from the previous one. */
    static final long PATIENCE_MILLIS = 250;

    /** Scopes kept at once (a strategist moving the year slider visits many). */
    static final int CACHE_SIZE = 64;

    /**
     * Answers kept at once (a routes or what-if answer is a few kilobytes; 50 people asking about 100 organisations
     * ask a few thousand questions a minute, many of them the same).
     */
    static final int ANSWERS_SIZE = 4_096;

    private final NetworkReads reads;
    private final Memo<Key, Analysis> cache = Memo.ofSize(CACHE_SIZE);
    private final Memo<AnswerKey, Object> answers = Memo.ofSize(ANSWERS_SIZE);

    /** The new versions' analyses being prepared or prepared (the future completes when they are ready). */
    private final Memo<Key, Prepared> prepared = Memo.ofSize(CACHE_SIZE);
    /** Per scope, the latest version whose analysis is prepared (what a question is answered from meanwhile). */
    private final Cache<AnalysisScope, Prepared> latestPrepared = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();
    /** Prepares one analysis at a time: two betweenness estimates at once would only share the same cores. */
    private final ExecutorService preparing;
    private final long patienceMillis;
    /** Computes large networks' measures ahead of the first view that shows them ({@link #warm}), one at a time. */
    private final ExecutorService warming = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "atlas-analysis-warming");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    private record Key(long version, AnalysisScope scope, boolean current) {
    }

    /**
     * An analysis and, when it describes an earlier version than the stored one, the stored version being prepared.
     *
     * @param analysis  what to answer from
     * @param stored    the whole network at the analysis's version (the analysis holds only its scope)
     * @param preparing the stored version whose analysis is still being computed, or null if {@code analysis} is current
     */
    public record Prepared(Analysis analysis, VersionedSnapshot stored, Long preparing) {
        /** The current version's analysis. */
        public static Prepared current(Analysis analysis, VersionedSnapshot stored) {
            return new Prepared(analysis, stored, null);
        }
    }

    private record AnswerKey(long version, AnalysisScope scope, Object question) {
    }

    @Autowired
    public AnalysisService(NetworkReads reads) {
        this(reads, PATIENCE_MILLIS, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "atlas-analysis-preparing");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** With another patience and executor (tests hold the preparing back to see what is answered meanwhile). */
    AnalysisService(NetworkReads reads, long patienceMillis, ExecutorService preparing) {
        this.reads = reads;
        this.patienceMillis = patienceMillis;
        this.preparing = preparing;
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
        return cache.get(new Key(stored.version(), scope, false), () -> {
            var snapshot = scope.apply(stored.snapshot());
            var analysis = new Analysis(stored.version(), scope, snapshot, NetworkAnalytics.of(snapshot));
            if (scope.equals(AnalysisScope.DEFAULT) && snapshot.organisations().size() > PREVIOUS_WHILE_PREPARING_ABOVE) {
                warm(analysis);
            }
            return analysis;
        });
    }

    /**
     * Computes a large network's measures in the background, once per version, as soon as its analysis exists: one
     * organisation's measures (the explorer's detail panel), the gaps, coverage and broker ranking (the overview, Health
     * Boards) and exact betweenness (profiles) — seconds at 10,000 organisations that the first view to ask would otherwise
     * wait for. A view asking meanwhile computes (or waits for) what it needs, as before; the answers are the same.
     */
    private void warm(Analysis analysis) {
        try {
            warming.execute(() -> {
                try {
                    if (analysis.version() < reads.version()) {
                        return; // a newer version is stored: its own analysis is warmed instead
                    }
                    var analytics = analysis.analytics();
                    analytics.shownMetrics(analytics.graph().id(0));
                    analytics.prepare();
                    for (CoverageDimension dimension : CoverageDimension.values()) {
                        analytics.coverage(dimension);
                    }
                    analytics.prepareMeasures();
                } catch (RuntimeException e) {
                    // whoever asks computes it (and reports what failed)
                }
            });
        } catch (RejectedExecutionException stopping) {
            // shutting down
        }
    }

    /** A scope of the network as stored now (one read), as a {@link Prepared} that is current. */
    public Prepared analyseNow(AnalysisScope scope) {
        VersionedSnapshot stored = reads.current();
        return Prepared.current(analyse(stored, scope), stored);
    }

    /**
     * A scope of the network as stored now with its costly measures ready (see the class comment): on a large network,
     * if the current version's are not ready within {@link #PATIENCE_MILLIS} ms and an earlier version's are, that
     * earlier analysis, with the current version named as {@link Prepared#preparing()}.
     */
    public Prepared analysePrepared(AnalysisScope scope) {
        VersionedSnapshot stored = reads.current();
        Analysis fresh = analyse(stored, scope);
        if (fresh.snapshot().organisations().size() <= PREVIOUS_WHILE_PREPARING_ABOVE) {
            return Prepared.current(fresh, stored);
        }
        CompletableFuture<Prepared> ready = prepare(fresh, stored);
        try {
            return ready.get(patienceMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            Prepared previous = latestPrepared.getIfPresent(scope);
            if (previous != null && previous.analysis().version() < fresh.version()) {
                return new Prepared(previous.analysis(), previous.stored(), fresh.version());
            }
            return join(ready);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the analysis was prepared", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    /** Starts preparing an analysis in the background unless it is already (being) prepared. */
    private CompletableFuture<Prepared> prepare(Analysis analysis, VersionedSnapshot stored) {
        var key = new Key(analysis.version(), analysis.scope(), false);
        return prepared.inBackground(key, preparing, () -> {
            analysis.analytics().prepare(); // if this throws, nothing is kept: the next question tries again
            var ready = Prepared.current(analysis, stored);
            latestPrepared.asMap().merge(analysis.scope(), ready,
                    (old, mine) -> mine.analysis().version() >= old.analysis().version() ? mine : old);
            return ready;
        });
    }

    private static Prepared join(CompletableFuture<Prepared> ready) {
        try {
            return ready.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * After a write to a large network (one whose analysis was prepared before), prepares the new version's whole
     * network at once, in the background, so that the first question after the write finds it ready sooner.
     */
    @EventListener
    void networkChanged(NetworkChanged event) {
        if (latestPrepared.getIfPresent(AnalysisScope.DEFAULT) == null) {
            warmCurrent();
            return;
        }
        preparing.execute(() -> {
            try {
                VersionedSnapshot stored = reads.current();
                if (stored.snapshot().organisations().size() > PREVIOUS_WHILE_PREPARING_ABOVE) {
                    prepare(analyse(stored, AnalysisScope.DEFAULT), stored);
                }
            } catch (RuntimeException e) {
                // the next question prepares it (and reports what failed)
            }
        });
    }

    /** After a write to a large network: its new version's analysis and measures, in the background ({@link #warm}). */
    private void warmCurrent() {
        try {
            warming.execute(() -> {
                try {
                    VersionedSnapshot stored = reads.current();
                    if (stored.snapshot().organisations().size() > PREVIOUS_WHILE_PREPARING_ABOVE) {
                        analyse(stored, AnalysisScope.DEFAULT);
                    }
                } catch (RuntimeException e) {
                    // the next question computes it
                }
            });
        } catch (RejectedExecutionException stopping) {
            // shutting down
        }
    }

    @PreDestroy
    void stop() {
        preparing.shutdownNow();
        warming.shutdownNow();
    }

    /**
     * A scope of the network as it is now ({@link CurrentNetwork}: no ended link, a successor in place of a body that
     * merged away): what introductions are made through.
     */
    public Analysis analyseCurrent(AnalysisScope scope) {
        VersionedSnapshot stored = reads.current();
        return cache.get(new Key(stored.version(), scope, true), () -> {
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
