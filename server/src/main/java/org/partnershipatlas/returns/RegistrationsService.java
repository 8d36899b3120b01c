package org.partnershipatlas.returns;

import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.app.TooManyRequestsException;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Limits;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Text;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.ReturnStore;
import org.partnershipatlas.store.ReturnStore.Registration;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.ConflictException;
import org.partnershipatlas.writes.NotFoundException;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * Public registration: a community organisation puts itself forward as seeking a partner — who it is, what it offers
 * and seeks, the countries and themes it is interested in. Anyone may register, so every request is hostile: the body
 * is checked like an import (every error at its field), each client may register a few times an hour (a token bucket
 * per address), and a hidden honeypot field that people never see but form-filling robots do fill makes the request
 * vanish quietly. Registrations wait for an editor; accepted, the organisation enters the network through the one door
 * with {@code seekingPartner: true}, citing the registration as its source.
 *
 * <p>Body: {@code {"name", "type", "country", "city", "website", "description", "offers", "seeks",
 * "countriesOfInterest": [codes], "themesOfInterest": [text], "contact": {"name", "role", "email"}}}; the contact is
 * kept with the registration for the reviewer and never published.
 */
@Service
public class RegistrationsService {
    private static final Logger log = LoggerFactory.getLogger(RegistrationsService.class);
    /** The hidden field of the form: a person leaves it empty. */
    public static final String HONEYPOT = "fax";
    static final int MAX_BYTES = 50_000;
    private static final Set<String> FIELDS = Set.of("name", "type", "country", "city", "website",
            "description", "offers", "seeks", "countriesOfInterest", "themesOfInterest", "contact", HONEYPOT);

    private final ReturnStore store;
    private final NetworkReads reads;
    private final NetworkWrites writes;
    private final int perHour;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2)).maximumSize(100_000).build();

    @Autowired
    public RegistrationsService(ReturnStore store, NetworkReads reads, NetworkWrites writes, AtlasProperties properties) {
        this(store, reads, writes, properties.returns().registrationsPerHour());
    }

    RegistrationsService(ReturnStore store, NetworkReads reads, NetworkWrites writes, int perHour) {
        this.store = store;
        this.reads = reads;
        this.writes = writes;
        this.perHour = Math.max(1, perHour);
    }

    /** A registration checked: the organisation it would add and the words around it. */
    public record Checked(Organisation organisation, String offers, String seeks, List<String> countriesOfInterest,
                          List<String> themesOfInterest, ReturnItems.Contact contact) {
    }

    /** A stored registration with what it would add (or why it no longer can). */
    public record Pending(Registration registration, Checked checked, List<ValidationError> problems) {
    }

    /**
     * Takes a registration from anyone.
     *
     * @param client the client's address, for the rate limit
     * @return the registration id, or {@code null} when the honeypot was filled (the caller answers as if it was kept)
     * @throws TooManyRequestsException over the limit for this client
     * @throws ValidationException      with every error at its field
     */
    public String register(JsonNode body, String client) {
        Bucket bucket = buckets.get(client == null ? "?" : client, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException("at most " + perHour + " registrations an hour from one address; "
                    + "try again later", Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        }
        if (body != null && body.isObject() && !body.path(HONEYPOT).asText("").isEmpty()) {
            log.info("Registration with the honeypot filled from {} dropped", client);
            return null;
        }
        Checked checked = check(body, LocalDate.now(ZoneOffset.UTC));
        ObjectNode data = ((ObjectNode) body).deepCopy();
        data.remove(HONEYPOT);
        String id = ReturnsService.newId();
        store.createRegistration(new Registration(id, Instant.now(), data.toString(), "PENDING", null, null, null, null, null));
        log.info("Registration {} of \"{}\" waiting for review", id, checked.organisation().name());
        return id;
    }

    /**
     * Checks a registration against the network as it is now.
     *
     * @throws ValidationException with every error, at its field
     */
    Checked check(JsonNode body, LocalDate submitted) {
        if (body == null || !body.isObject()) {
            throw new ValidationException(new ValidationError("registration", null, null,
                    "expected a JSON object with name, type, country, city, website, description, offers, seeks, "
                            + "countriesOfInterest, themesOfInterest and contact"));
        }
        Errors errors = new Errors();
        body.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                errors.add(f, f, null, "unknown field \"" + f + "\"");
            }
        });
        NetworkSnapshot network = reads.current().snapshot();
        String offers = longText(body, "offers", errors);
        String seeks = longText(body, "seeks", errors);
        if (seeks == null && !errors.list().stream().anyMatch(e -> "seeks".equals(e.field()))) {
            errors.add("seeks", "seeks", null, "say what kind of partner or help you are looking for");
        }
        var countries = new ArrayList<String>();
        JsonNode list = body.path("countriesOfInterest");
        if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
            errors.add("countriesOfInterest", "countriesOfInterest", null, "expected a list of country codes");
        } else if (list.size() > 50) {
            errors.add("countriesOfInterest", "countriesOfInterest", list.size() + " items", "at most 50 countries");
        } else {
            for (int i = 0; i < list.size(); i++) {
                String code = list.get(i).asText("").strip().toUpperCase(Locale.ROOT);
                if (Countries.known(code).isEmpty()) {
                    errors.add("countriesOfInterest[" + i + "]", "countriesOfInterest", list.get(i).asText(),
                            "not an ISO 3166 country code (e.g. UG for Uganda)");
                } else if (!countries.contains(code)) {
                    countries.add(code);
                }
            }
        }
        var themes = new ArrayList<String>();
        JsonNode themeList = body.path("themesOfInterest");
        if (!themeList.isMissingNode() && !themeList.isNull() && !themeList.isArray()) {
            errors.add("themesOfInterest", "themesOfInterest", null, "expected a list of themes");
        } else if (themeList.size() > Limits.MAX_THEMES) {
            errors.add("themesOfInterest", "themesOfInterest", themeList.size() + " items", "at most " + Limits.MAX_THEMES + " themes");
        } else {
            for (int i = 0; i < themeList.size(); i++) {
                String theme = themeList.get(i).asText("").strip();
                String problem = theme.isEmpty() ? "empty" : Text.problem(theme, Text.Kind.LINE, Limits.MAX_LINE_LENGTH);
                if (problem == null && theme.contains(";")) {
                    problem = "may not contain ';'";
                }
                if (problem != null) {
                    errors.add("themesOfInterest[" + i + "]", "themesOfInterest", theme, problem);
                } else if (!themes.contains(theme)) {
                    themes.add(theme);
                }
            }
        }
        ReturnItems.Contact contact = contact(body.path("contact"), errors);
        ObjectNode org = ReturnItems.JSON.createObjectNode();
        var taken = new HashSet<String>();
        network.organisations().forEach(o -> taken.add(o.id()));
        org.put("id", ReturnItems.freeId(ReturnItems.slug(body.path("name").asText("organisation")), taken));
        for (String f : List.of("name", "type", "country", "city", "website")) {
            if (body.has(f)) {
                org.set(f, body.get(f));
            }
        }
        String description = describe(longText(body, "description", errors), offers, seeks, countries, themes);
        if (description != null) {
            org.put("description", description);
        }
        org.put("seekingPartner", true);
        org.put("confidence", Confidence.A.name());
        org.putArray("sources").addObject().put("citation", "Registration on Partnership Atlas, "
                + body.path("name").asText("").strip() + ", submitted " + submitted + " by "
                + (contact.role() == null || contact.role().isBlank() ? "its contact" : contact.role()));
        ParsedNetwork parsed = JsonSnapshotFormat.parseEntity(org, JsonSnapshotFormat.Entity.ORGANISATION, "");
        parsed.errors().list().forEach(e -> errors.add(new ValidationError(
                e.location() == null ? null : e.location().replaceFirst("^\\.", ""), e.field(), e.value(), e.message())));
        Organisation organisation = parsed.organisations().isEmpty() ? null : parsed.organisations().get(0).value();
        if (organisation != null && organisation.country() == null) {
            errors.add("country", "country", null, "the country the organisation is based in (e.g. GB-WLS for Wales)");
        } else if (organisation != null && network.country(organisation.country()).isEmpty()) {
            errors.add("country", "country", organisation.country(), "not a country of the register (e.g. GB-WLS for "
                    + "Wales, UG for Uganda)");
        }
        if (organisation != null && network.organisations().stream()
                .anyMatch(o -> o.name().equalsIgnoreCase(organisation.name()))) {
            errors.add("name", "name", organisation.name(), "an organisation of this name is already in the network");
        }
        errors.throwIfAny();
        return new Checked(organisation, offers, seeks, List.copyOf(countries), List.copyOf(themes), contact);
    }

    private static String describe(String description, String offers, String seeks, List<String> countries,
                                   List<String> themes) {
        var parts = new ArrayList<String>();
        if (description != null) {
            parts.add(description);
        }
        if (offers != null) {
            parts.add("Offers: " + offers);
        }
        if (seeks != null) {
            parts.add("Seeks: " + seeks);
        }
        if (!countries.isEmpty()) {
            parts.add("Countries of interest: " + String.join(", ", countries.stream()
                    .map(c -> Countries.known(c).map(Country::name).orElse(c)).toList()));
        }
        if (!themes.isEmpty()) {
            parts.add("Themes of interest: " + String.join(", ", themes));
        }
        String text = String.join("\n\n", parts);
        if (text.length() > Limits.MAX_TEXT_LENGTH) {
            text = text.substring(0, Limits.MAX_TEXT_LENGTH);
        }
        return text.isEmpty() ? null : text;
    }

    private static String longText(JsonNode body, String field, Errors errors) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            errors.add(field, field, v.toString(), "expected text");
            return null;
        }
        String text = v.asText().strip();
        if (text.isEmpty()) {
            return null;
        }
        String problem = Text.problem(text, Text.Kind.LONG, 2_000);
        if (problem != null) {
            errors.add(field, field, text.length() > 80 ? text.substring(0, 80) + "…" : text, problem);
            return null;
        }
        return text;
    }

    private static ReturnItems.Contact contact(JsonNode c, Errors errors) {
        String name = c.path("name").asText("").strip();
        String role = c.path("role").asText("").strip();
        String email = c.path("email").asText("").strip();
        if (name.isEmpty() || Text.problem(name, Text.Kind.LINE, 200) != null) {
            errors.add("contact.name", "name", name, "the name of the person registering (1-200 characters)");
        }
        if (!role.isEmpty() && Text.problem(role, Text.Kind.LINE, 200) != null) {
            errors.add("contact.role", "role", role, "their role, 1-200 characters on one line");
        }
        if (email.isEmpty() || email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add("contact.email", "email", email, "an email address, so the reviewer can reply");
        }
        return new ReturnItems.Contact(name, role.isEmpty() ? null : role, email.isEmpty() ? null : email);
    }

    // --- review ------------------------------------------------------------------------------------------------------

    /** Registrations, the waiting ones first (status PENDING, ACCEPTED or REJECTED; null for all). */
    public List<Pending> list(String status, Actor actor) {
        requireEditor(actor);
        return store.registrations(status).stream().map(this::pending).toList();
    }

    public Pending get(String id, Actor actor) {
        requireEditor(actor);
        return pending(store.registration(id).orElseThrow(() -> new NotFoundException("registration", id)));
    }

    private Pending pending(Registration r) {
        try {
            return new Pending(r, check(ReturnsService.tree(r.data()), r.at().atZone(ZoneOffset.UTC).toLocalDate()), List.of());
        } catch (ValidationException e) {
            return new Pending(r, null, e.errors());
        }
    }

    /** Accepts a registration: the organisation enters the network as one recorded change. @return the change id */
    public long accept(String id, Change change) {
        requireEditor(change.actor());
        Registration r = store.registration(id).orElseThrow(() -> new NotFoundException("registration", id));
        if (!"PENDING".equals(r.status())) {
            throw new ConflictException("not-pending", "this registration was already reviewed", Map.of("status", r.status()));
        }
        Checked checked = check(ReturnsService.tree(r.data()), r.at().atZone(ZoneOffset.UTC).toLocalDate());
        Organisation o = checked.organisation();
        var result = writes.applyReviewed(ChangeKind.RETURN, "accepted the registration of " + o.name(), List.of(o),
                List.of(), Map.of(), change.withDetails(Map.of("registration", r.id())));
        if (!store.reviewRegistration(r.id(), "ACCEPTED", change.actor().name(), change.reason(), o.id(),
                result.changeId(), Instant.now())) {
            throw new ConflictException("not-pending", "this registration was reviewed meanwhile", Map.of());
        }
        return result.changeId();
    }

    public void reject(String id, String reason, Actor actor) {
        requireEditor(actor);
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(new ValidationError("reason", "reason", null, "say why it is rejected"));
        }
        store.registration(id).orElseThrow(() -> new NotFoundException("registration", id));
        if (!store.reviewRegistration(id, "REJECTED", actor.name(), reason.strip(), null, null, Instant.now())) {
            throw new ConflictException("not-pending", "this registration was already reviewed", Map.of());
        }
    }

    private static void requireEditor(Actor actor) {
        ReturnsService.requireReviewer(actor);
    }

    /** Forgets every client's count (tests). */
    void resetLimits() {
        buckets.invalidateAll();
    }
}
