package org.partnershipatlas.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.app.RequestChecks;
import org.partnershipatlas.store.UserNames;

/**
 * Slows down guessing: after {@code maxFailures} failed sign-ins for one user name from one client address within
 * {@code window}, that name is held off <em>for that address</em> for {@code holdOff} (sign-ins answer 429 with
 * {@code Retry-After}), then may try again; an address that fails {@value #ADDRESS_FACTOR} times as often, whatever
 * names it tries, is held off altogether. So a stranger guessing the admin's password from their own machine holds
 * off only themselves: the real admin, elsewhere, still signs in. Never a permanent lock. A successful sign-in
 * clears the name's count for that address. Names are compared as {@link UserNames#key}. Kept in memory per
 * application instance; behind a proxy the client address needs {@code server.forward-headers-strategy}.
 */
@Component
public class LoginAttempts {
    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    /** User names longer than this are counted by their first characters (a 1 MB name is not a new key). */
    private static final int KEY_LENGTH = 200;
    /** An address is held off whatever names it tries after this many times {@code maxFailures}. */
    static final int ADDRESS_FACTOR = 5;

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

    private static String nameKey(String username, String address) {
        String k = username == null ? "" : UserNames.key(username.length() > KEY_LENGTH
                ? username.substring(0, KEY_LENGTH) : username);
        return "name\u0000" + k + "\u0000" + address(address);
    }

    private static String addressKey(String address) {
        return "address\u0000" + address(address);
    }

    private static String address(String address) {
        return address == null ? "" : address;
    }

    /** How long this name is still held off for this address (or the address altogether), or {@link Duration#ZERO}. */
    public Duration heldOff(String username, String address) {
        Duration name = left(heldOffUntil.getIfPresent(nameKey(username, address)));
        Duration whole = left(heldOffUntil.getIfPresent(addressKey(address)));
        return name.compareTo(whole) >= 0 ? name : whole;
    }

    private static Duration left(Instant until) {
        if (until == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(Instant.now(), until);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void failed(String username, String address) {
        count(nameKey(username, address), maxFailures, () -> "user name \"" + RequestChecks.abbreviate(username)
                + "\" from " + address(address));
        count(addressKey(address), maxFailures * ADDRESS_FACTOR, () -> "any user name from " + address(address));
    }

    private void count(String key, int limit, Supplier<String> what) {
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
        if (count >= limit && heldOffUntil.getIfPresent(key) == null) {
            heldOffUntil.put(key, now.plus(holdOff));
            log.warn("{} failed sign-ins for {} within {}; holding it off for {}", count, what.get(), window, holdOff);
        }
    }

    public void succeeded(String username, String address) {
        failures.invalidate(nameKey(username, address));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        if (name instanceof String username) {
            failed(username, address(event.getAuthentication()));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
    }
}
