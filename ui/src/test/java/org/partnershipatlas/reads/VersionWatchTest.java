package org.partnershipatlas.reads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * Several instances on one database: a write made through another instance reaches this one's open pages within
 * five seconds, as a {@link NetworkChanged} they refresh on — the version is in the database, and this instance
 * watches it.
 */
@AtlasSpringTest
class VersionWatchTest {
    @Autowired
    NetworkStore store;
    @Autowired
    NetworkReads reads;
    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void aWriteThroughAnotherInstance_isAnnouncedHereWithinFiveSeconds() throws Exception {
        var announced = new LinkedBlockingQueue<NetworkChanged>();
        context.addApplicationListener((ApplicationEvent event) -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof NetworkChanged c) {
                announced.add(c);
            }
        });
        // Another instance: its own read side and door on the same database, telling nobody here.
        var elsewhere = new NetworkWrites(store, new NetworkReads(store), event -> { }, why -> "no backup");
        String name = "Written elsewhere " + System.nanoTime();
        var written = elsewhere.createOrganisation(JsonSnapshotFormat.parseEntity(new ByteArrayInputStream((
                "{\"id\": \"elsewhere-" + System.nanoTime() + "\", \"name\": \"" + name + "\", \"type\": \"NGO\", "
                        + "\"confidence\": \"ILLUSTRATIVE\"}").getBytes(StandardCharsets.UTF_8)),
                JsonSnapshotFormat.Entity.ORGANISATION, "organisation"), TestWrites.CHANGE);
        long started = System.nanoTime();
        NetworkChanged change;
        do {
            change = announced.poll(5, TimeUnit.SECONDS);
        } while (change != null && change.version() < written.version());
        assertThat(change).as("announced within five seconds").isNotNull();
        assertThat(change.actor()).isEqualTo(VersionWatch.ELSEWHERE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(reads.current().snapshot().organisations()).anyMatch(o -> o.name().equals(name));
    }
}
