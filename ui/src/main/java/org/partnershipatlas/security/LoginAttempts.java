package org.partnershipatlas.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.app.RequestChecks;

/**
 * Slows down guessing: after {@code maxFailures} failed sign-ins for one user name within {@code window}, that name
 * is held off for {@code holdOff} (sign-ins answer 429 with {@code Retry-After}), then may try again. Never a
 * permanent lock: an attacker cannot lock the real user out for good. A successful sign-in clears the count. Kept
 * in memory per application instance.
 */
@Component
public class LoginAttempts {
    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    /** User names longer than this are counted by their first characters (a 1 MB name is not a new key). */
    private static final int KEY_LENGTH = 200;

    private final int maxFailures;
    private final Duration window;
    private final Duration holdOff;
    private final Cache<String, Deque<Instant>> failures;
    private final Cache<String, Instant> heldOffUntil;

    public LoginAttempts(AtlasProperties properties) {
        AtlasProperties.Login login = properties.security().login();
        this.maxFailures = login.maxFailures();
        this.window = login.window();
        this.holdOff = login.holdOff();
        this.failures = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(100_000).build();
        this.heldOffUntil = Caffeine.newBuilder().expireAfterWrite(holdOff).maximumSize(100_000).build();
    }

    private static String key(String username) {
        String k = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return k.length() > KEY_LENGTH ? k.substring(0, KEY_LENGTH) : k;
    }

    /** How long the name is still held off, or {@link Duration#ZERO}. */
    public Duration heldOff(String username) {
        Instant until = heldOffUntil.getIfPresent(key(username));
        if (until == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(Instant.now(), until);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void failed(String username) {
        String key = key(username);
        Instant now = Instant.now();
        Deque<Instant> recent = failures.get(key, k -> new ArrayDeque<>());
        int count;
        synchronized (recent) {
            recent.addLast(now);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
                recent.removeFirst();
            }
            count = recent.size();
        }
        if (count >= maxFailures && heldOffUntil.getIfPresent(key) == null) {
            heldOffUntil.put(key, now.plus(holdOff));
            log.warn("{} failed sign-ins for user name \"{}\" within {}; holding it off for {}", count,
                    RequestChecks.abbreviate(username), window, holdOff);
        }
    }

    public void succeeded(String username) {
        failures.invalidate(key(username));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        if (name instanceof String username) {
            failed(username);
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }
}
