package org.partnershipatlas;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real embedded Neo4j in a fresh temporary data folder, on free ports. Every test class
 * with this annotation in a test JVM shares one application context (Spring caches it), so the database starts once
 * per JVM (one by default; {@code -Dsurefire.forks=2} runs two side by side, each with its own).
 * Scheduled backups are off, so that none lands in the backups folder while a test compares it; backups before
 * replaces and restores are still written, and the schedule is tested on its own ({@code ScheduledBackupsTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atlas.data-dir=${java.io.tmpdir}/atlas-test-${random.uuid}",
        "atlas.neo4j.embedded.bolt-port=0",
        "atlas.neo4j.embedded.page-cache=64m",
        "atlas.security.admin-password=" + AtlasSpringTest.ADMIN_PASSWORD,
        // bcrypt's cheapest work factor: the role matrix alone signs in over HTTP Basic hundreds of times, each a
        // bcrypt check (~80 ms at the default 10 here, ~1 ms at 4). What is tested (who may do what) is unchanged.
        "atlas.security.password-work=4",
        "atlas.limits.max-import-bytes=" + AtlasSpringTest.MAX_IMPORT_BYTES,
        "atlas.limits.max-import-entities=" + AtlasSpringTest.MAX_IMPORT_ENTITIES,
        "atlas.backup.interval=0",
        // Every test call comes from 127.0.0.1: the per-address limit of registrations is tested with its own keys.
        "atlas.returns.registrations-per-hour=" + AtlasSpringTest.REGISTRATIONS_PER_HOUR})
public @interface AtlasSpringTest {
    /** The password of the first user, {@code admin}, in tests. */
    String ADMIN_PASSWORD = "test-admin-password-1";
    /** An import limit tests can go over cheaply, yet above a backup of the whole test run's history (restored by the role matrix). */
    long MAX_IMPORT_BYTES = 40_000_000;
    /** A small entity limit, so that a file under the byte limit can go over it. */
    long MAX_IMPORT_ENTITIES = 30_000;
    /** Registrations an hour from one address in tests. */
    int REGISTRATIONS_PER_HOUR = 1_000;
}
