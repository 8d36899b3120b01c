package org.partnershipatlas.returns;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import org.partnershipatlas.analytics.quality.QualityAnalysis;
import org.partnershipatlas.app.PayloadTooLargeException;
import org.partnershipatlas.app.Routes;
import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.store.EntityChange;
import org.partnershipatlas.store.EntityType;
import org.partnershipatlas.app.ApiBodies;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import org.partnershipatlas.app.SecretFile;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.ReturnStore;
import org.partnershipatlas.store.ReturnStore.Invitation;
import org.partnershipatlas.store.ReturnStore.Round;
import org.partnershipatlas.store.ReturnStore.Status;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.ConflictException;
import org.partnershipatlas.writes.NetworkWrites;
import org.partnershipatlas.writes.NotFoundException;
import org.partnershipatlas.writes.ImportPreview;

/**
 * Partnership returns: the IHCC opens a round for the Boards and Trusts (or any organisations); each gets a private
 * link keyed by an unguessable token (256 random bits, stored only as a SHA-256, valid until the round closes,
 * revocable and reissuable); the organisation confirms, corrects, ends and adds links and may self-assess them; an
 * editor reviews each submission as a diff and accepts it whole or item by item — one change through the one door,
 * each fact citing the return — or rejects it with a note.
 */
@Service
public class ReturnsService {
    private static final Logger log = LoggerFactory.getLogger(ReturnsService.class);
    static final int MAX_DRAFT_BYTES = 500_000;

    private final ReturnStore store;
    private final NetworkReads reads;
    private final NetworkWrites writes;
    private final ReturnMail mail;
    private final PublicUrl publicUrl;

    ReturnsService(ReturnStore store, NetworkReads reads, NetworkWrites writes, ReturnMail mail, PublicUrl publicUrl) {
        this.store = store;
        this.reads = reads;
        this.writes = writes;
        this.mail = mail;
        this.publicUrl = publicUrl;
    }

    /** An organisation to invite, and whom to email (optional). */
    public record Invitee(String organisation, String email) {
    }

    /** A new invitation with its link: the token is shown only now. */
    public record Issued(String invitation, String organisation, String url, String token, boolean emailed) {
    }

    public record Opened(Round round, List<Issued> invitations) {
    }

    /** The Boards and Trusts of the network: who a round asks unless told otherwise. */
    public List<String> defaultInvitees() {
        NetworkSnapshot network = reads.current().snapshot();
        return network.organisations().stream()
                .filter(o -> o.type() == OrganisationType.HEALTH_BOARD || o.type() == OrganisationType.NHS_TRUST)
                .filter(o -> QualityAnalysis.isCurrent(network, o))
                .map(Organisation::id).toList();
    }

    public Opened open(Actor actor, String title, LocalDate closes, List<Invitee> invitees) {
        requireAdmin(actor);
        Errors errors = new Errors();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > 200 || cleanTitle.chars().anyMatch(Character::isISOControl)
                || cleanTitle.contains(";;")) {
            errors.add("title", "title", title, "a title of 1-200 characters, e.g. \"2026 partnership return\"");
        }
        if (closes == null || !closes.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            errors.add("closes", "closes", String.valueOf(closes), "the closing day must be in the future (YYYY-MM-DD)");
        }
        NetworkSnapshot network = reads.current().snapshot();
        var seen = new HashSet<String>();
        for (int i = 0; i < invitees.size(); i++) {
            Invitee invitee = invitees.get(i);
            if (invitee.organisation() == null || network.organisation(invitee.organisation()).isEmpty()) {
                errors.add("organisations[" + i + "]", "organisations", invitee.organisation(), "unknown organisation");
            } else if (!seen.add(invitee.organisation())) {
                errors.add("organisations[" + i + "]", "organisations", invitee.organisation(), "listed twice");
            }
            if (invitee.email() != null && !invitee.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                errors.add("organisations[" + i + "].email", "email", invitee.email(), "not an email address");
            }
        }
        if (invitees.isEmpty()) {
            errors.add("organisations", "organisations", null, "ask at least one organisation");
        }
        errors.throwIfAny();
        var round = new Round(newId(), cleanTitle, closes,
                Instant.now(), actor.name());
        var issued = new ArrayList<Issued>();
        var invitations = new ArrayList<Invitation>();
        for (Invitee invitee : invitees) {
            String token = SecretFile.generate(32);
            String id = newId();
            invitations.add(new Invitation(id, round.id(), invitee.organisation(), hash(token), invitee.email(),
                    Status.NOT_STARTED, Instant.now(), null, null, null, null, null, null, null, null, null, null));
            issued.add(new Issued(id, invitee.organisation(), url(token), token, false));
        }
        store.createRound(round, invitations);
        var sent = new ArrayList<Issued>();
        for (int i = 0; i < issued.size(); i++) {
            Issued x = issued.get(i);
            boolean emailed = canEmail() && mail.invite(invitations.get(i).email(), name(network, x.organisation()), round.title(),
                    round.closes().toString(), x.url(), false);
            sent.add(new Issued(x.invitation(), x.organisation(), x.url(), x.token(), emailed));
        }
        log.info("Return round {} (\"{}\", closes {}) opened by {} for {} organisations", round.id(), round.title(),
                round.closes(), actor.name(), issued.size());
        return new Opened(round, sent);
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A random id for a round, an invitation or a registration (lower-case hex, like every id in paths). */
    static String newId() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The link of a token: under {@code atlas.returns.public-url} when set, else the path alone. */
    String url(String token) {
        return publicUrl.link("/" + Routes.RESPOND + "/" + token);
    }

    /** Whether invitations can be emailed: SMTP is set up and links are whole addresses. */
    private boolean canEmail() {
        return publicUrl.isSet();
    }

    static String hash(String token) {
        return ApiBodies.sha256(token.getBytes(StandardCharsets.UTF_8));
    }

    private static String name(NetworkSnapshot network, String id) {
        return network.organisation(id).map(Organisation::name).orElse(id);
    }

    public List<Round> rounds() {
        return store.rounds();
    }

    public Round round(String id) {
        return store.round(id).orElseThrow(() -> new NotFoundException("return round", id));
    }

    public List<Invitation> invitations(String round) {
        round(round);
        return store.invitations(round);
    }

    /** A new link for an invitation (the old one stops working). */
    public Issued reissue(Actor actor, String invitationId) {
        requireAdmin(actor);
        Invitation i = store.invitation(invitationId).orElseThrow(() -> new NotFoundException("invitation", invitationId));
        String token = SecretFile.generate(32);
        store.reissue(i.id(), hash(token), Instant.now());
        return new Issued(i.id(), i.organisation(), url(token), token, false);
    }

    public void revoke(Actor actor, String invitationId) {
        requireAdmin(actor);
        if (!store.revoke(invitationId, Instant.now())) {
            throw new NotFoundException("invitation", invitationId);
        }
    }

    /** Reminds every organisation that has not submitted and has an email; @return how many were emailed */
    public int remind(Actor actor, String roundId) {
        requireAdmin(actor);
        Round round = round(roundId);
        NetworkSnapshot network = reads.current().snapshot();
        int sent = 0;
        for (Invitation i : store.invitations(roundId)) {
            if ((i.status() == Status.NOT_STARTED || i.status() == Status.DRAFT) && i.email() != null && !i.revoked()) {
                // A link of its own: the first is stored only hashed and cannot be sent again; it keeps working.
                String token = SecretFile.generate(32);
                if (canEmail() && mail.invite(i.email(), name(network, i.organisation()), round.title(), round.closes().toString(),
                        url(token), true)) {
                    store.reminded(i.id(), hash(token), Instant.now());
                    sent++;
                }
            }
        }
        return sent;
    }

    // --- the form --------------------------------------------------------------------------------------------------

    /** An open return found by its token. */
    public record Open(Invitation invitation, Round round, Organisation organisation, List<Link> links) {
    }

    /**
     * @throws NotFoundException for an unknown or revoked token
     * @throws ReturnClosedException once the round has closed
     */
    public Open byToken(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            throw new NotFoundException("return", "(token)");
        }
        Invitation i = store.invitationByToken(hash(token)).filter(x -> !x.revoked())
                .orElseThrow(() -> new NotFoundException("return", "(token)"));
        Round round = round(i.round());
        if (LocalDate.now(ZoneOffset.UTC).isAfter(round.closes())) {
            throw new ReturnClosedException(round.title(), round.closes());
        }
        NetworkSnapshot network = reads.current().snapshot();
        Organisation organisation = network.organisation(i.organisation())
                .orElseThrow(() -> new NotFoundException("organisation", i.organisation()));
        // Its own links and those it carries forward from the bodies it succeeded (Swansea Bay: the Swansea NHS
        // Trust's Gambia link): it answers for both.
        var links = new ArrayList<>(network.linksOf(organisation.id()));
        links.addAll(network.inheritedLinks(organisation.id()));
        return new Open(i, round, organisation, List.copyOf(links));
    }

    public void saveDraft(String token, JsonNode draft) {
        Open open = byToken(token);
        String json = draft.toString();
        if (json.length() > MAX_DRAFT_BYTES) {
            throw new PayloadTooLargeException("a draft may be at most " + MAX_DRAFT_BYTES + " bytes");
        }
        if (!store.saveDraft(open.invitation().id(), json)) {
            throw new ConflictException("already-submitted", "this return was already submitted; submit again to "
                    + "replace it before it is reviewed", Map.of());
        }
    }

    /** Checks a return like an import and sends it to review. @return the submission id */
    public String submit(String token, JsonNode body) {
        Open open = byToken(token);
        check(open.invitation(), open.round(), open.organisation(), body, LocalDate.now(ZoneOffset.UTC));
        if (!store.submit(open.invitation().id(), body.toString(), Instant.now())) {
            throw new ConflictException("already-reviewed", "this return has been reviewed already", Map.of());
        }
        log.info("Return of {} submitted in round {}", open.organisation().id(), open.round().id());
        return open.invitation().id();
    }

    private ReturnItems.Checked check(Invitation invitation, Round round, Organisation organisation, JsonNode body,
                                      LocalDate submitted) {
        return ReturnItems.check(body, organisation, reads.current().snapshot(), round.id(),
                contact -> round.title() + ", " + organisation.name() + ", submitted " + submitted + " by "
                        + (contact.role() == null || contact.role().isBlank() ? "its contact" : contact.role()));
    }

    // --- review ------------------------------------------------------------------------------------------------------

    /** A submission as a reviewer sees it: each item with what it would change. */
    public record Submission(Invitation invitation, Organisation organisation, Round round, List<ReviewItem> items,
                             ReturnItems.Contact contact, List<ValidationError> problems) {
    }

    public record ReviewItem(String id, String summary, ImportPreview preview) {
    }

    public List<Submission> submissions(String roundId, Actor actor) {
        requireReviewer(actor);
        round(roundId);
        return store.invitations(roundId).stream().filter(i -> i.submission() != null).map(this::submission).toList();
    }

    public List<Submission> queue(Actor actor) {
        requireReviewer(actor);
        return store.submitted().stream().map(this::submission).toList();
    }

    public Submission submission(String invitationId, Actor actor) {
        requireReviewer(actor);
        return submission(store.invitation(invitationId)
                .filter(i -> i.submission() != null).orElseThrow(() -> new NotFoundException("submission", invitationId)));
    }

    private Submission submission(Invitation i) {
        Round round = round(i.round());
        NetworkSnapshot network = reads.current().snapshot();
        Organisation organisation = network.organisation(i.organisation()).orElse(null);
        if (organisation == null) {
            return new Submission(i, null, round, List.of(), null, List.of(new ValidationError("organisation", null,
                    i.organisation(), "the organisation is no longer in the network")));
        }
        try {
            var checked = check(i, round, organisation, tree(i.submission()), submittedDay(i));
            var items = new ArrayList<ReviewItem>();
            for (ReturnItems.Item item : checked.items()) {
                items.add(new ReviewItem(item.id(), item.summary(), preview(item, network)));
            }
            return new Submission(i, organisation, round, items, checked.contact(), List.of());
        } catch (ValidationException e) {
            return new Submission(i, organisation, round, List.of(), null, e.errors());
        }
    }

    private static LocalDate submittedDay(Invitation i) {
        return i.submittedAt() == null ? LocalDate.now(ZoneOffset.UTC) : i.submittedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static ImportPreview preview(ReturnItems.Item item, NetworkSnapshot network) {
        var entities = new ArrayList<EntityChange>();
        for (Organisation o : item.organisations()) {
            entities.add(new EntityChange(EntityType.ORGANISATION,
                    o.id(), network.organisation(o.id()).map(JsonSnapshotFormat::toJsonNode).orElse(null),
                    JsonSnapshotFormat.toJsonNode(o)));
        }
        for (Link l : item.links()) {
            entities.add(new EntityChange(EntityType.LINK, l.id(),
                    network.link(l.id()).map(JsonSnapshotFormat::toJsonNode).orElse(null), JsonSnapshotFormat.toJsonNode(l)));
        }
        if (item.assessment() != null) {
            Link target = network.link(item.assessmentFor()).orElse(null);
            if (target != null) {
                var all = new ArrayList<>(target.assessments());
                all.add(item.assessment());
                entities.add(new EntityChange(EntityType.LINK,
                        target.id(), JsonSnapshotFormat.toJsonNode(target),
                        JsonSnapshotFormat.toJsonNode(target.withAssessments(all))));
            }
        }
        return ImportPreview.of(entities, 0);
    }

    /**
     * Accepts a submission whole ({@code items} empty) or the items named, as one change through the door.
     *
     * @return the change id, or null when what was accepted changes nothing (e.g. "no links", or confirmations
     *         already cited)
     */
    public Long accept(String invitationId, Set<String> items, Change change) {
        Actor actor = change.actor();
        requireReviewer(actor);
        Invitation i = store.invitation(invitationId).orElseThrow(() -> new NotFoundException("submission", invitationId));
        if (i.status() != Status.SUBMITTED) {
            throw new ConflictException("not-submitted", "this return is " + i.status().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + ", not waiting for review", Map.of("status", i.status().name()));
        }
        Round round = round(i.round());
        NetworkSnapshot network = reads.current().snapshot();
        Organisation organisation = network.organisation(i.organisation())
                .orElseThrow(() -> new NotFoundException("organisation", i.organisation()));
        ReturnItems.Checked checked = check(i, round, organisation, tree(i.submission()), submittedDay(i));
        var byId = checked.byId();
        for (String wanted : items) {
            if (!byId.containsKey(wanted)) {
                throw new ValidationException(new ValidationError("items", "items", wanted,
                        "no item \"" + wanted + "\" in this return (items: " + String.join(", ", byId.keySet()) + ")"));
            }
        }
        var chosen = items.isEmpty() ? checked.items() : checked.items().stream().filter(x -> items.contains(x.id())).toList();
        var organisations = new LinkedHashMap<String, Organisation>();
        var links = new LinkedHashMap<String, Link>();
        var assessments = new LinkedHashMap<String, List<Assessment>>();
        for (ReturnItems.Item item : chosen) {
            item.organisations().forEach(o -> organisations.put(o.id(), o));
            item.links().forEach(l -> links.put(l.id(), l));
            if (item.assessment() != null) {
                assessments.computeIfAbsent(item.assessmentFor(), k -> new ArrayList<>()).add(item.assessment());
            }
        }
        var result = writes.applyReviewed(ChangeKind.RETURN, "accepted the return of " + organisation.name() + " ("
                        + chosen.size() + " of " + checked.items().size() + " items)",
                List.copyOf(organisations.values()), List.copyOf(links.values()), assessments,
                change.withDetails(Map.of("round", round.id(), "submission", i.id(),
                        "items", chosen.stream().map(ReturnItems.Item::id).toList())));
        Long changeId = result.changedNothing() ? null : result.changeId();
        if (!store.review(i.id(), actor.name(), change.reason(),
                String.join(",", chosen.stream().map(ReturnItems.Item::id).toList()), changeId, Instant.now())) {
            throw new ConflictException("not-submitted", "this return was reviewed meanwhile", Map.of());
        }
        return changeId;
    }

    public void reject(String invitationId, String note, Actor actor) {
        requireReviewer(actor);
        store.invitation(invitationId).filter(i -> i.submission() != null)
                .orElseThrow(() -> new NotFoundException("submission", invitationId));
        if (note == null || note.isBlank()) {
            throw new ValidationException(new ValidationError("reason", "reason", null, "say why it is rejected"));
        }
        if (!store.review(invitationId, actor.name(), note.strip(), null, null, Instant.now())) {
            throw new ConflictException("not-submitted", "this return is not waiting for review", Map.of());
        }
    }

    /** Organisations whose return was accepted: their evidence is self-reported. */
    public Map<String, Invitation> selfReported() {
        var map = new LinkedHashMap<String, Invitation>();
        store.accepted().forEach(i -> map.put(i.organisation(), i));
        return map;
    }

    public static JsonNode tree(String json) {
        try {
            return ReturnItems.JSON.readTree(json == null ? "{}" : json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored return is not JSON", e);
        }
    }

    /**
     * Reviewing returns is for the register's editors: a steward (an editor for their own organisations) would be
     * reviewing other organisations' answers and contacts.
     */
    static void requireReviewer(Actor actor) {
        if (!actor.has(Role.EDITOR) || actor.isSteward()) {
            throw new AccessDeniedException("reviewing returns and registrations needs the EDITOR role (not a steward's)");
        }
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("opening and managing return rounds needs the ADMIN role");
        }
    }

    /** How many organisations of a round are at each status, every status listed. */
    public static Map<String, Long> statusCounts(List<Invitation> invitations) {
        var counts = new LinkedHashMap<String, Long>();
        for (Status s : Status.values()) {
            counts.put(s.name(), invitations.stream().filter(i -> i.status() == s).count());
        }
        return counts;
    }

    /** Whether answers are still taken (until the end of the closing day, UTC). */
    public static boolean isOpen(Round round) {
        return !LocalDate.now(ZoneOffset.UTC).isAfter(round.closes());
    }

    public Optional<Invitation> invitation(String id) {
        return store.invitation(id);
    }
}
