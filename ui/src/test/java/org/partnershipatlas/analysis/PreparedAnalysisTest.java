package org.partnershipatlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.analytics.scope.AnalysisScope;
import org.partnershipatlas.brokers.BrokersService;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.synthetic.SyntheticNetworkGenerator;
import org.partnershipatlas.whatif.WhatIfService;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * On a large network, right after a write, the API's brokers and what-if answer from the previous version while the
 * new version's analysis is prepared in the background, and say so; once it is ready they answer from it. On the
 * seed (small) they always answer from the current version. Real embedded Neo4j; the preparing is held back by a
 * gate so that "not ready yet" is certain rather than a matter of timing.
 */
@AtlasSpringTest
class PreparedAnalysisTest {
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;

    /** Lets preparing run only while open. */
    private final Semaphore gate = new Semaphore(1);
    private final ExecutorService gated = Executors.newSingleThreadExecutor();
    private final ExecutorService preparing = new java.util.concurrent.AbstractExecutorService() {
        @Override
        public void execute(Runnable task) {
            gated.execute(() -> {
                gate.acquireUninterruptibly();
                try {
                    task.run();
                } finally {
                    gate.release();
                }
            });
        }

        @Override
        public void shutdown() {
            gated.shutdown();
        }

        @Override
        public List<Runnable> shutdownNow() {
            return gated.shutdownNow();
        }

        @Override
        public boolean isShutdown() {
            return gated.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return gated.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
            return gated.awaitTermination(timeout, unit);
        }
    };

    @AfterEach
    void backToTheSeed() {
        gate.release(10);
        gated.shutdownNow();
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    private static Organisation newcomer() {
        return new Organisation("prepared-test-newcomer", "Prepared Test Newcomer", OrganisationType.NGO, "UG", null,
                null, null, null, false, Confidence.B, List.of(new Source("test fixture", null)));
    }

    @Test
    void largeNetwork_answersFromThePreviousVersionWhileTheNewIsPrepared_thenFromTheNew() throws Exception {
        var analyses = new AnalysisService(reads, 50, preparing);
        var brokers = new BrokersService(analyses);
        var whatIf = new WhatIfService(analyses);
        NetworkSnapshot large = new SyntheticNetworkGenerator(AnalysisService.PREVIOUS_WHILE_PREPARING_ABOVE + 500, 3, 7)
                .generate();
        TestWrites.replace(writes, large);
        long first = reads.version();

        // Nothing prepared before: the first question waits for the current version.
        var ranking = brokers.brokersPrepared(AnalysisScope.DEFAULT, 5);
        assertThat(ranking.version()).isEqualTo(first);
        assertThat(ranking.preparingVersion()).isNull();
        String someone = ranking.brokers().get(0).id();

        // A write lands while the preparing is held back: the previous version's ranking, named as such.
        gate.acquire();
        TestWrites.create(writes, newcomer());
        long second = reads.version();
        assertThat(second).isGreaterThan(first);
        var meanwhile = brokers.brokersPrepared(AnalysisScope.DEFAULT, 5);
        assertThat(meanwhile.version()).isEqualTo(first);
        assertThat(meanwhile.preparingVersion()).isEqualTo(second);
        assertThat(meanwhile.brokers()).isEqualTo(ranking.brokers());
        var whatIfMeanwhile = whatIf.whatIfPrepared(AnalysisScope.DEFAULT, List.of(someone), List.of());
        assertThat(whatIfMeanwhile.version()).isEqualTo(first);
        assertThat(whatIfMeanwhile.preparingVersion()).isEqualTo(second);
        // The views always see the current version.
        assertThat(brokers.brokers(AnalysisScope.DEFAULT, 5).version()).isEqualTo(second);

        // A question naming what only the new version holds is answered from the new version (it waits for it).
        gate.release();
        var aboutTheNewcomer = whatIf.whatIfPrepared(AnalysisScope.DEFAULT, List.of("prepared-test-newcomer"), List.of());
        assertThat(aboutTheNewcomer.version()).isEqualTo(second);
        assertThat(aboutTheNewcomer.preparingVersion()).isNull();

        // Once prepared, the new version's ranking, the same as a fresh analysis gives.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        BrokersService.BrokersResponse after;
        do {
            after = brokers.brokersPrepared(AnalysisScope.DEFAULT, 5);
        } while (after.version() != second && System.nanoTime() < deadline);
        assertThat(after.version()).isEqualTo(second);
        assertThat(after.preparingVersion()).isNull();
        assertThat(after.brokers()).isEqualTo(brokers.brokers(AnalysisScope.DEFAULT, 5).brokers());
    }

    @Test
    void smallNetwork_alwaysAnswersFromTheCurrentVersion() {
        var analyses = new AnalysisService(reads, 0, preparing);
        var brokers = new BrokersService(analyses);
        TestWrites.replace(writes, WalesAfricaSeed.load());
        assertThat(brokers.brokersPrepared(AnalysisScope.DEFAULT, 5).preparingVersion()).isNull();
        gate.acquireUninterruptibly();
        TestWrites.create(writes, newcomer());
        var answer = brokers.brokersPrepared(AnalysisScope.DEFAULT, 5);
        assertThat(answer.version()).isEqualTo(reads.version());
        assertThat(answer.preparingVersion()).isNull();
    }
}
