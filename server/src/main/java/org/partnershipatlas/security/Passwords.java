package org.partnershipatlas.security;

import java.nio.charset.StandardCharsets;

import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's delegating password encoder (bcrypt today, the algorithm named in each stored hash so that it
 * can change later; only bcrypt hashes are ever written or accepted), guarded: bcrypt reads at most 72 bytes, so a longer password is refused when set and never
 * matches at sign-in instead of failing inside the encoder.
 */
public final class Passwords implements PasswordEncoder {
    public static final int MIN_LENGTH = 12;
    /** bcrypt's input limit. */
    public static final int MAX_BYTES = 72;
    public static final int MAX_USERNAME_LENGTH = 100;

    /** bcrypt's work factor unless configured: Spring Security's default. */
    public static final int DEFAULT_WORK = 10;

    private final PasswordEncoder delegate;

    /** For a stored hash of no known algorithm ({@code {noop}…} among them): it matches nothing. */
    private static final PasswordEncoder NEVER_MATCHES = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            throw new UnsupportedOperationException("only bcrypt hashes are made");
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return false;
        }
    };

    public Passwords() {
        this(DEFAULT_WORK);
    }

    /** @param work bcrypt's work factor (log2 of its rounds, 4-31) for new hashes; a stored hash keeps its own */
    public Passwords(int work) {
        var bcrypt = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(work)));
        bcrypt.setDefaultPasswordEncoderForMatches(NEVER_MATCHES);
        this.delegate = bcrypt;
    }

    @Override
    public String encode(CharSequence raw) {
        String problem = problem(raw);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return delegate.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (raw == null || encoded == null || raw.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return delegate.matches(raw, encoded);
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return delegate.upgradeEncoding(encoded);
    }

    /** What is wrong with a new password, or {@code null}. */
    public static String problem(CharSequence raw) {
        if (raw == null || raw.length() < MIN_LENGTH) {
            return "a password needs at least " + MIN_LENGTH + " characters";
        }
        if (raw.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "a password may be at most " + MAX_BYTES + " bytes (bcrypt reads no more)";
        }
        if (raw.chars().anyMatch(Character::isISOControl)) {
            return "a password cannot contain control characters";
        }
        return null;
    }
}
