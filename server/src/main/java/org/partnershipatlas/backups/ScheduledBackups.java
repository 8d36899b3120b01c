package org.partnershipatlas.backups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.partnershipatlas.app.AtlasProperties;

/**
 * Writes a backup every {@code atlas.backup.interval} (default a day; {@code 0} turns it off) on one background
 * thread. The first one is due one interval after the newest backup in the folder, so restarting the application
 * neither skips a backup nor piles them up — but never sooner than {@link #START_DELAY} after start, so that it does
 * not compete with starting up. A failed backup is logged and the schedule goes on.
 */
@Component
public class ScheduledBackups implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);
    /** The earliest a scheduled backup runs after start. */
    static final Duration START_DELAY = Duration.ofMinutes(1);

    private final BackupService backups;
    private final Duration interval;
    private final Duration startDelay;
    private final Clock clock;
    private ScheduledExecutorService executor;

    @Autowired
    public ScheduledBackups(BackupService backups, AtlasProperties properties) {
        this(backups, properties.backup().interval(), START_DELAY, Clock.systemUTC());
    }

    public ScheduledBackups(BackupService backups, Duration interval, Duration startDelay, Clock clock) {
        this.backups = backups;
        this.interval = interval;
        this.startDelay = startDelay;
        this.clock = clock;
    }

    /** How long after now the first scheduled backup is due. */
    static Duration firstDelay(Optional<Instant> newest, Duration interval, Duration startDelay, Instant now) {
        Duration due = newest.map(n -> Duration.between(now, n.plus(interval))).orElse(Duration.ZERO);
        return due.compareTo(startDelay) > 0 ? due : startDelay;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero()) {
            log.info("Scheduled backups are off (atlas.backup.interval=0); replace imports and restores still write one");
            return;
        }
        Duration first = firstDelay(backups.newest(), interval, startDelay, clock.instant());
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "atlas-backups");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleAtFixedRate(this::backUp, first.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("A backup is written every {} into {} (the next in {}; the newest {} are kept)", interval,
                backups.folder(), first, backups.keep());
    }

    /** One scheduled backup; never throws, which would cancel the schedule. */
    void backUp() {
        try {
            backups.write("scheduled, every " + interval);
        } catch (RuntimeException e) {
            log.error("The scheduled backup failed; the next is due in {}", interval, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
