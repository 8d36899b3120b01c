package org.partnershipatlas.writes;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.partnershipatlas.store.NetworkStore;

/**
 * Cleans up after instances that crashed while writing a replace import or restore: every minute the store deletes
 * generations that are neither the network nor being written by a live instance ({@link NetworkStore#cleanOrphans}),
 * so several instances on one database do not wait for a restart to free the space.
 */
@Component
class GenerationJanitor implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(GenerationJanitor.class);
    static final long PERIOD_SECONDS = 60;

    private final NetworkStore store;
    private final ScheduledExecutorService janitor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "atlas-generation-janitor");
        thread.setDaemon(true);
        return thread;
    });

    GenerationJanitor(NetworkStore store) {
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        janitor.scheduleWithFixedDelay(this::clean, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void clean() {
        try {
            store.cleanOrphans();
        } catch (RuntimeException e) {
            log.debug("Generations not checked this time: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        janitor.shutdownNow();
    }
}
