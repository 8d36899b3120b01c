package org.partnershipatlas.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Secrets given as files, so that they never need the command line (which the operating system shows to every user
 * of the machine, and which logs copy) or the environment: for each secret setting {@code X} in {@link #SECRETS},
 * {@code X-file} names a file whose contents (one line; a trailing newline is dropped) become {@code X}. Giving both
 * is refused at start, as is a file that cannot be read or is empty. Registered in {@code META-INF/spring.factories},
 * so the secret is in place before any bean reads it. (The backup passphrase has its own
 * {@code atlas.backup.passphrase-file}, read by the backups feature with the same rules.)
 */
public class SecretFileProperties implements EnvironmentPostProcessor {
    /** The settings that may be given as {@code <setting>-file}. */
    public static final List<String> SECRETS = List.of("atlas.security.admin-password", "atlas.neo4j.password",
            "spring.mail.password");
    static final String SOURCE = "atlas secret files";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> secrets = new LinkedHashMap<>();
        for (String secret : SECRETS) {
            String file = environment.getProperty(secret + "-file");
            if (file == null || file.isBlank()) {
                continue;
            }
            String given = environment.getProperty(secret);
            if (given != null && !given.isEmpty()) {
                throw new IllegalStateException(secret + " and " + secret + "-file are both set; give one of them");
            }
            secrets.put(secret, read(secret, Path.of(file.strip())));
        }
        if (!secrets.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, secrets));
        }
    }

    private static String read(String secret, Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String value = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                    : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            if (value.isEmpty()) {
                throw new IllegalStateException(secret + "-file names an empty file: " + file);
            }
            return value;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + secret + "-file " + file + ": " + e.getMessage(), e);
        }
    }
}
