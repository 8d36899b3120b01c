package org.partnershipatlas.app;

import java.util.List;
import java.util.regex.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of Partnership Atlas ({@code atlas.*}), in one place. See the configuration table in README.md.
 *
 * @param dataDir where the embedded Neo4j keeps its files (default {@code ./data}); unused with an external server
 * @param neo4j   which Neo4j to use
 * @param seed    whether to import the Wales–Africa seed into an empty database on start
 * @param limits   bounds on what a request may ask for
 * @param security who may read and write, and how people sign in
 * @param returns  partnership returns: the address links point to, the mail sender, registration limits
 * @param backup   where backups are written, how often, and how many are kept
 * @param embed    which partner websites may show the embeddable map and network in a frame
 */
@ConfigurationProperties(prefix = "atlas")
public record AtlasProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Neo4j neo4j,
        @DefaultValue Seed seed,
        @DefaultValue Limits limits,
        @DefaultValue Security security,
        @DefaultValue Returns returns,
        @DefaultValue Backup backup,
        @DefaultValue Embed embed) {

    /** The backups folder: {@code atlas.backup.dir}, or {@code <data-dir>/backups} when that is empty. */
    public Path backupDir() {
        return backup.dir() == null || backup.dir().toString().isBlank() ? dataDir.resolve("backups") : backup.dir();
    }

    /**
     * @param allowedOrigins origins ({@code https://partner.example.org}, scheme, host and optional port) allowed to
     *                       frame {@code /embed/map} and {@code /embed/network}; empty (the default): none. No other
     *                       page may be framed at all.
     */
    public record Embed(List<String> allowedOrigins) {
        private static final Pattern ORIGIN =
                Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");

        public Embed {
            allowedOrigins = allowedOrigins == null ? List.of()
                    : allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
            for (String origin : allowedOrigins) {
                // Each goes into a Content-Security-Policy header: nothing but an origin may get there.
                if (!ORIGIN.matcher(origin).matches()) {
                    throw new IllegalArgumentException("atlas.embed.allowed-origins: not an origin (scheme://host[:port]): "
                            + origin);
                }
            }
        }
    }

    /**
     * @param uri      {@code neo4j://}, {@code neo4j+s://} or {@code bolt://} address of an external server or cluster;
     *                 empty (the default) starts the embedded database instead
     * @param username for the external server
     * @param password for the external server
     * @param database database name, empty for the server's default
     * @param embedded settings of the embedded database
     */
    public record Neo4j(
            String uri,
            @DefaultValue("neo4j") String username,
            String password,
            String database,
            @DefaultValue Embedded embedded) {

        public boolean isExternal() {
            return uri != null && !uri.isBlank();
        }
    }

    /**
     * @param boltPort  Bolt port on localhost (0 = any free port)
     * @param pageCache Neo4j page cache size, e.g. {@code 512m}
     */
    public record Embedded(@DefaultValue("7687") int boltPort, @DefaultValue("512m") String pageCache) {
    }

    /** @param enabled import the seed into an empty database at start-up */
    public record Seed(@DefaultValue("true") boolean enabled) {
    }

    /**
     * @param maxImportBytes    largest import accepted: a JSON body, or all the parts of a multipart upload together
     * @param maxImportEntities most countries, organisations and links one import may hold; {@code 0}: as many as the
     *                          heap holds while an import is planned ({@value #ENTITIES_PER_HEAP_MEGABYTE} per
     *                          megabyte of maximum heap, {@code -Xmx}); an import over it is refused at once (413)
     */
    public record Limits(@DefaultValue("209715200") long maxImportBytes, @DefaultValue("0") long maxImportEntities) {
        /** Entities an import may hold per megabyte of maximum heap, measured (README, "Limits"). */
        public static final long ENTITIES_PER_HEAP_MEGABYTE = 150;

        /** The entity limit in force: the setting, or the heap's share. */
        public long importEntities() {
            return maxImportEntities > 0 ? maxImportEntities
                    : Runtime.getRuntime().maxMemory() / (1024 * 1024) * ENTITIES_PER_HEAP_MEGABYTE;
        }
    }

    /**
     * @param publicUrl        the address people reach the app at, for the links in invitations (empty: the address
     *                         of the request that opened the round)
     * @param mailFrom         the sender of invitations and reminders (mail is sent only when {@code spring.mail.host}
     *                         is set)
     * @param registrationsPerHour public registrations accepted per client address per hour
     */
    public record Returns(String publicUrl, @DefaultValue("partnership-atlas@localhost") String mailFrom,
                          @DefaultValue("5") int registrationsPerHour) {
    }

    /**
     * @param dir      where backup archives are written (owner-only); empty: {@code <data-dir>/backups}
     * @param interval how often a backup is written on a schedule; {@code 0} turns the schedule off (a backup is
     *                 still written before every replace import and every restore)
     * @param keep     how many of the newest backups the folder keeps; older ones are deleted after each backup
     * @param passphrase     encrypts backups (AES-256-GCM; backups.BackupEncryption); empty: not encrypted
     * @param passphraseFile a file holding the passphrase instead (read once at start); not with {@code passphrase}
     */
    public record Backup(Path dir, @DefaultValue("1d") Duration interval, @DefaultValue("14") int keep,
                         String passphrase, Path passphraseFile) {
        public Backup {
            if (interval.isNegative()) {
                throw new IllegalArgumentException("atlas.backup.interval must not be negative: " + interval);
            }
            if (keep < 1) {
                throw new IllegalArgumentException("atlas.backup.keep must be at least 1: " + keep);
            }
        }

        /** Never the passphrase: settings may be logged. */
        @Override
        public String toString() {
            return "Backup[dir=" + dir + ", interval=" + interval + ", keep=" + keep + ", passphrase="
                    + (passphrase == null || passphrase.isEmpty() ? "(none)" : "(set)") + ", passphraseFile="
                    + passphraseFile + "]";
        }
    }

    /**
     * @param publicRead    anonymous users may read (views and GET API); {@code false}: everything but sign-in,
     *                      health and static resources needs sign-in. Writing always needs sign-in.
     * @param adminPassword the password of the {@code admin} user created on first start when there are no users;
     *                      empty: generated, logged once and written to {@code <data-dir>/initial-admin-password}
     * @param login         slowing down repeated failed sign-ins
     * @param oidc          sign-in through an OpenID Connect provider ({@code spring.security.oauth2.client.*})
     * @param passwordWork  bcrypt's work factor (log2 of its rounds) for passwords set from now on: 10 by default,
     *                      4-31; each step doubles the time a sign-in (and a guess) takes. Tests, which sign in
     *                      hundreds of times over HTTP Basic, lower it; stored hashes keep the factor they were made
     *                      with
     */
    public record Security(
            @DefaultValue("true") boolean publicRead,
            String adminPassword,
            @DefaultValue Login login,
            @DefaultValue Oidc oidc,
            @DefaultValue("10") int passwordWork) {
        public Security {
            if (passwordWork < 4 || passwordWork > 31) {
                throw new IllegalArgumentException("atlas.security.password-work must be 4-31 (bcrypt's work factor), not "
                        + passwordWork);
            }
        }
    }

    /**
     * @param maxFailures failed sign-ins for one user name within {@code window} before it is held off
     * @param window      the period failures are counted over
     * @param holdOff     how long a held-off name answers 429 (never forever: the real user gets back in)
     */
    public record Login(@DefaultValue("10") int maxFailures, @DefaultValue("5m") Duration window,
                        @DefaultValue("5m") Duration holdOff) {
    }

    /**
     * @param rolesClaim    the claim holding the user's roles (a list or a single value)
     * @param roleMap       claim values mapped to VIEWER, EDITOR or ADMIN (e.g. {@code Atlas.Editor=EDITOR});
     *                      values equal to a role name map to it without an entry
     * @param defaultRole   the role of a signed-in user whose claim names none ({@code VIEWER}, or empty for none)
     * @param usernameClaim the claim used as the user's name in the history
     * @param stewardClaim  the claim listing organisation ids the user stewards
     */
    public record Oidc(@DefaultValue("roles") String rolesClaim, Map<String, String> roleMap,
                       @DefaultValue("VIEWER") String defaultRole,
                       @DefaultValue("preferred_username") String usernameClaim,
                       @DefaultValue("steward_of") String stewardClaim) {
        public Oidc {
            roleMap = roleMap == null ? Map.of() : Map.copyOf(roleMap);
        }
    }
}
