package org.partnershipatlas.backups;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipatlas.format.Json;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.store.ReturnStore.Invitation;
import org.partnershipatlas.store.ReturnStore.InvitationWithReminders;
import org.partnershipatlas.store.ReturnStore.Registration;
import org.partnershipatlas.store.ReturnStore.Round;
import org.partnershipatlas.store.ReturnStore.Status;
import org.partnershipatlas.store.StoredStory;
import org.partnershipatlas.store.StoredToken;
import org.partnershipatlas.store.StoredUser;

/**
 * The six files of a backup of format {@code /2} that hold {@link AppRecords}: one JSON object per line, in the
 * order {@link AppRecords} keeps, every field written in the order of its {@code *_FIELDS} list (absent values as
 * {@code null}, lists sorted where they are sets), so the same records always give the same bytes. Reading is
 * strict ({@link JsonLine}) and checks across lines what the database's constraints would otherwise refuse half-way
 * through a restore: repeated user names, ids and token hashes, an invitation to a round the file does not hold.
 */
final class RecordLines {
    static final String USERS = "users.jsonl";
    static final String TOKENS = "api-tokens.jsonl";
    static final String ROUNDS = "return-rounds.jsonl";
    static final String INVITATIONS = "return-invitations.jsonl";
    static final String REGISTRATIONS = "registrations.jsonl";
    static final String STORIES = "stories.jsonl";
    static final List<String> FILES = List.of(USERS, TOKENS, ROUNDS, INVITATIONS, REGISTRATIONS, STORIES);

    static final List<String> USER_FIELDS = List.of("username", "passwordHash", "roles", "stewardOf", "enabled",
            "createdAt");
    static final List<String> TOKEN_FIELDS = List.of("id", "name", "hash", "roles", "stewardOf", "createdAt",
            "createdBy", "revokedAt", "makerExternal");
    static final List<String> ROUND_FIELDS = List.of("id", "title", "closes", "createdAt", "createdBy");
    static final List<String> INVITATION_FIELDS = List.of("id", "round", "organisation", "tokenHash",
            "reminderTokenHashes", "email", "status", "issuedAt", "revokedAt", "remindedAt", "draft", "submission",
            "submittedAt", "reviewedAt", "reviewedBy", "reviewNote", "acceptedItems", "changeId");
    static final List<String> REGISTRATION_FIELDS = List.of("id", "at", "data", "status", "reviewedAt", "reviewedBy",
            "reviewNote", "organisation", "changeId");
    static final List<String> STORY_FIELDS = List.of("id", "title", "steps", "shared", "createdBy", "createdAt");
    private static final List<String> STEP_FIELDS = List.of("view", "text");

    private RecordLines() {
    }

    // --- writing -------------------------------------------------------------------------------------------------

    /** Writes the file {@code name} (one of {@link #FILES}) of {@code records}. */
    static void write(String name, AppRecords records, OutputStream out) throws IOException {
        List<ObjectNode> lines = switch (name) {
            case USERS -> records.users().stream().map(RecordLines::user).toList();
            case TOKENS -> records.tokens().stream().map(RecordLines::token).toList();
            case ROUNDS -> records.rounds().stream().map(RecordLines::round).toList();
            case INVITATIONS -> records.invitations().stream().map(RecordLines::invitation).toList();
            case REGISTRATIONS -> records.registrations().stream().map(RecordLines::registration).toList();
            case STORIES -> records.stories().stream().map(RecordLines::story).toList();
            default -> throw new IllegalArgumentException("not a file of records: " + name);
        };
        for (ObjectNode line : lines) {
            out.write(Json.mapper().writeValueAsBytes(line));
            out.write('\n');
        }
    }

    private static ObjectNode user(StoredUser u) {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("username", u.username());
        line.put("passwordHash", u.passwordHash());
        sorted(line, "roles", u.roles());
        sorted(line, "stewardOf", u.stewardOf());
        line.put("enabled", u.enabled());
        line.put("createdAt", u.createdAt().toString());
        return line;
    }

    private static ObjectNode token(StoredToken t) {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("id", t.id());
        line.put("name", t.name());
        line.put("hash", t.hash());
        sorted(line, "roles", t.roles());
        sorted(line, "stewardOf", t.stewardOf());
        line.put("createdAt", t.createdAt().toString());
        line.put("createdBy", t.createdBy());
        line.put("revokedAt", text(t.revokedAt()));
        line.put("makerExternal", t.makerExternal());
        return line;
    }

    private static ObjectNode round(Round r) {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("id", r.id());
        line.put("title", r.title());
        line.put("closes", r.closes().toString());
        line.put("createdAt", r.createdAt().toString());
        line.put("createdBy", r.createdBy());
        return line;
    }

    private static ObjectNode invitation(InvitationWithReminders kept) {
        Invitation i = kept.invitation();
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("id", i.id());
        line.put("round", i.round());
        line.put("organisation", i.organisation());
        line.put("tokenHash", i.tokenHash());
        ArrayNode reminders = line.putArray("reminderTokenHashes");
        kept.reminderTokenHashes().forEach(reminders::add);
        line.put("email", i.email());
        line.put("status", i.status().name());
        line.put("issuedAt", i.issuedAt().toString());
        line.put("revokedAt", text(i.revokedAt()));
        line.put("remindedAt", text(i.remindedAt()));
        line.put("draft", i.draft());
        line.put("submission", i.submission());
        line.put("submittedAt", text(i.submittedAt()));
        line.put("reviewedAt", text(i.reviewedAt()));
        line.put("reviewedBy", i.reviewedBy());
        line.put("reviewNote", i.reviewNote());
        line.put("acceptedItems", i.acceptedItems());
        line.put("changeId", i.changeId());
        return line;
    }

    private static ObjectNode registration(Registration r) {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("id", r.id());
        line.put("at", r.at().toString());
        line.put("data", r.data());
        line.put("status", r.status());
        line.put("reviewedAt", text(r.reviewedAt()));
        line.put("reviewedBy", r.reviewedBy());
        line.put("reviewNote", r.reviewNote());
        line.put("organisation", r.organisation());
        line.put("changeId", r.changeId());
        return line;
    }

    private static ObjectNode story(StoredStory s) {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("id", s.id());
        line.put("title", s.title());
        ArrayNode steps = line.putArray("steps");
        s.steps().forEach(step -> steps.addObject().put("view", step.view()).put("text", step.text()));
        line.put("shared", s.shared());
        line.put("createdBy", s.createdBy());
        line.put("createdAt", s.createdAt().toString());
        return line;
    }

    private static void sorted(ObjectNode line, String field, Set<String> values) {
        ArrayNode array = line.putArray(field);
        new TreeSet<>(values).forEach(array::add);
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /**
     * The records in the six files.
     *
     * @throws org.partnershipatlas.model.validation.ValidationException naming each faulty line and field
     */
    static AppRecords read(Map<String, byte[]> files) {
        var errors = new Errors();
        List<StoredUser> users = lines(files, USERS, USER_FIELDS, errors, RecordLines::user);
        List<StoredToken> tokens = lines(files, TOKENS, TOKEN_FIELDS, errors, RecordLines::token);
        List<Round> rounds = lines(files, ROUNDS, ROUND_FIELDS, errors, RecordLines::round);
        List<InvitationWithReminders> invitations = lines(files, INVITATIONS, INVITATION_FIELDS, errors,
                RecordLines::invitation);
        List<Registration> registrations = lines(files, REGISTRATIONS, REGISTRATION_FIELDS, errors,
                RecordLines::registration);
        List<StoredStory> stories = lines(files, STORIES, STORY_FIELDS, errors, RecordLines::story);
        errors.throwIfAny();
        var unique = new Unique(errors);
        users.forEach(u -> unique.check(USERS, "username", u.username()));
        tokens.forEach(t -> unique.check(TOKENS, "id", t.id()));
        tokens.forEach(t -> unique.check(TOKENS, "hash", t.hash()));
        rounds.forEach(r -> unique.check(ROUNDS, "id", r.id()));
        var roundIds = new HashMap<String, Round>();
        rounds.forEach(r -> roundIds.put(r.id(), r));
        for (InvitationWithReminders kept : invitations) {
            Invitation i = kept.invitation();
            unique.check(INVITATIONS, "id", i.id());
            unique.check(INVITATIONS, "tokenHash", i.tokenHash());
            if (!roundIds.containsKey(i.round())) {
                errors.add(INVITATIONS + " invitation " + i.id(), "round", i.round(), "no such round in " + ROUNDS);
            }
        }
        registrations.forEach(r -> unique.check(REGISTRATIONS, "id", r.id()));
        stories.forEach(s -> unique.check(STORIES, "id", s.id()));
        errors.throwIfAny();
        return new AppRecords(users, tokens, rounds, invitations, registrations, stories);
    }

    /** Values that must not repeat within a file (the database's constraints), reported by the second one. */
    private record Unique(Errors errors, Set<String> seen) {
        Unique(Errors errors) {
            this(errors, new HashSet<>());
        }

        void check(String file, String field, String value) {
            if (!seen.add(file + "\u0000" + field + "\u0000" + value)) {
                // The value itself may be a hash: say which, not what.
                errors.add(file, field, field.toLowerCase(Locale.ROOT).contains("hash") ? null : value,
                        "two lines have the same " + field + "; each must be unique");
            }
        }
    }

    private static <T> List<T> lines(Map<String, byte[]> files, String file, List<String> fields, Errors errors,
                                     Function<JsonLine, T> record) {
        var result = new ArrayList<T>();
        try (var lines = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(files.get(file)),
                StandardCharsets.UTF_8))) {
            int number = 0;
            for (String text; (text = lines.readLine()) != null; ) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                JsonLine line = JsonLine.parse(file + " line " + number, text, fields, errors);
                if (line == null || !line.sound()) {
                    continue;
                }
                T value = record.apply(line);
                if (value != null && line.sound()) {
                    result.add(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static StoredUser user(JsonLine line) {
        String username = line.text("username");
        String hash = line.text("passwordHash");
        Set<String> roles = roles(line);
        Set<String> stewardOf = new LinkedHashSet<>(line.texts("stewardOf"));
        boolean enabled = line.bool("enabled");
        Instant createdAt = line.instant("createdAt");
        return line.sound() ? new StoredUser(username, hash, roles, stewardOf, enabled, createdAt) : null;
    }

    private static StoredToken token(JsonLine line) {
        String id = line.text("id");
        String name = line.text("name");
        String hash = line.text("hash");
        Set<String> roles = roles(line);
        Set<String> stewardOf = new LinkedHashSet<>(line.texts("stewardOf"));
        Instant createdAt = line.instant("createdAt");
        String createdBy = line.textOrNull("createdBy");
        Instant revokedAt = line.instantOrNull("revokedAt");
        boolean makerExternal = line.bool("makerExternal");
        return line.sound() ? new StoredToken(id, name, hash, roles, stewardOf, createdAt, createdBy, revokedAt,
                makerExternal) : null;
    }

    private static Set<String> roles(JsonLine line) {
        var roles = new LinkedHashSet<String>();
        for (String role : line.texts("roles")) {
            if (Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(role))) {
                roles.add(role);
            } else {
                line.error("roles", role, "expected VIEWER, EDITOR or ADMIN");
            }
        }
        return roles;
    }

    private static Round round(JsonLine line) {
        Round round = new Round(line.text("id"), line.text("title"), line.date("closes"), line.instant("createdAt"),
                line.textOrNull("createdBy"));
        return line.sound() ? round : null;
    }

    private static InvitationWithReminders invitation(JsonLine line) {
        String statusText = line.text("status");
        Status status = Arrays.stream(Status.values()).filter(s -> s.name().equals(statusText)).findFirst().orElse(null);
        if (statusText != null && status == null) {
            line.error("status", statusText, "expected one of " + Arrays.toString(Status.values()));
        }
        var invitation = new Invitation(line.text("id"), line.text("round"), line.text("organisation"),
                line.text("tokenHash"), line.textOrNull("email"), status, line.instant("issuedAt"),
                line.instantOrNull("revokedAt"), line.instantOrNull("remindedAt"), line.textOrNull("draft"),
                line.textOrNull("submission"), line.instantOrNull("submittedAt"), line.instantOrNull("reviewedAt"),
                line.textOrNull("reviewedBy"), line.textOrNull("reviewNote"), line.textOrNull("acceptedItems"),
                line.wholeOrNull("changeId"));
        List<String> reminders = line.texts("reminderTokenHashes");
        return line.sound() ? new InvitationWithReminders(invitation, reminders) : null;
    }

    private static Registration registration(JsonLine line) {
        var registration = new Registration(line.text("id"), line.instant("at"), line.text("data"), line.text("status"),
                line.instantOrNull("reviewedAt"), line.textOrNull("reviewedBy"), line.textOrNull("reviewNote"),
                line.textOrNull("organisation"), line.wholeOrNull("changeId"));
        return line.sound() ? registration : null;
    }

    private static StoredStory story(JsonLine line) {
        String id = line.text("id");
        String title = line.text("title");
        boolean shared = line.bool("shared");
        String createdBy = line.text("createdBy");
        Instant createdAt = line.instant("createdAt");
        var steps = new ArrayList<StoredStory.Step>();
        JsonNode array = line.node("steps");
        if (array == null || !array.isArray()) {
            line.error("steps", null, "expected a list of {\"view\", \"text\"}");
        } else {
            for (int i = 0; i < array.size(); i++) {
                JsonNode step = array.get(i);
                if (!step.isObject() || step.size() != STEP_FIELDS.size() || !step.path("view").isTextual()
                        || !step.path("text").isTextual()) {
                    line.error("steps[" + i + "]", null, "expected {\"view\": text, \"text\": text}");
                    continue;
                }
                try {
                    steps.add(new StoredStory.Step(step.get("view").textValue(), step.get("text").textValue()));
                } catch (IllegalArgumentException e) {
                    line.error("steps[" + i + "]", null, e.getMessage());
                }
            }
        }
        if (!line.sound()) {
            return null;
        }
        try {
            return new StoredStory(id, title, steps, shared, createdBy, createdAt);
        } catch (IllegalArgumentException e) {
            line.error(null, null, e.getMessage());
            return null;
        }
    }
}
