package org.partnershipatlas.reads;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes made through other instances on the same database: the network version is in the database, so every
 * {@value #PERIOD_MILLIS} ms this instance reads it, and when it has moved past every write this instance made or
 * was told of, announces it ({@link NetworkChanged}, actor {@value #ELSEWHERE}) — open pages then refresh as they do
 * after a write of their own. One small read of one node; a database that does not answer is skipped quietly (health
 * says so).
 */
@Component
public class VersionWatch implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(VersionWatch.class);
    static final long PERIOD_MILLIS = 2_000;
    /** The actor of a change announced because another instance wrote it. */
    public static final String ELSEWHERE = "another instance";

    private final NetworkReads reads;
    private final ApplicationEventPublisher events;
    private final AtomicLong announced = new AtomicLong(-1);
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "atlas-version-watch");
        thread.setDaemon(true);
        return thread;
    });

    VersionWatch(NetworkReads reads, ApplicationEventPublisher events) {
        this.reads = reads;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        announced.compareAndSet(-1, reads.version());
        watch.scheduleWithFixedDelay(this::check, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A write of this instance's own is announced by the door; it is not announced again. */
    @EventListener
    void written(NetworkChanged change) {
        announced.accumulateAndGet(change.version(), Math::max);
    }

    void check() {
        try {
            long version = reads.version();
            long before = announced.get();
            if (version > before && announced.compareAndSet(before, version)) {
                log.info("The network moved to version {} through another instance", version);
                events.publishEvent(new NetworkChanged(version, ELSEWHERE, "changed through another instance"));
            }
        } catch (RuntimeException e) {
            log.debug("Could not read the network version: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        watch.shutdownNow();
    }
}
