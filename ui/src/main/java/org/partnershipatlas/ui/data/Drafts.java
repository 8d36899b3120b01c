package org.partnershipatlas.ui.data;

import java.util.LinkedHashSet;
import org.partnershipatlas.format.JsonSnapshotFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Source;

/**
 * What a form holds while someone edits: mutable beans for Vaadin's {@code Binder}, turned into the JSON of a
 * snapshot entity when saved, so that the door checks a form exactly as it checks a file or an API call.
 */
final class Drafts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Drafts() {
    }

    /** An organisation being edited. */
    static final class OrganisationDraft {
        private String id = "";
        private String name = "";
        private OrganisationType type;
        private String country;
        private String city = "";
        private Integer founded;
        private String website = "";
        private String description = "";
        private Boolean seekingPartner;
        private Confidence confidence = Confidence.A;
        private List<SourcesField.Row> sources = new ArrayList<>();
        /** The stored organisation's JSON: fields the form does not show are written back unchanged. */
        private JsonNode stored;

        static OrganisationDraft of(Organisation o) {
            var d = new OrganisationDraft();
            d.stored = JsonSnapshotFormat.toJsonNode(o);
            d.id = o.id();
            d.name = o.name();
            d.type = o.type();
            d.country = o.country();
            d.city = nz(o.city());
            d.founded = o.founded();
            d.website = nz(o.website());
            d.description = nz(o.description());
            d.seekingPartner = o.seekingPartner();
            d.confidence = o.confidence();
            d.sources = rows(o.sources());
            return d;
        }

        void keepStoredFrom(OrganisationDraft edited) {
            this.stored = edited.stored;
        }

        JsonNode toJson() {
            ObjectNode n = stored == null ? JSON.createObjectNode() : ((ObjectNode) stored).deepCopy();
            n.put("id", id.strip());
            n.put("name", name);
            n.put("type", type == null ? null : type.name());
            n.put("country", country);
            n.put("city", blankToNull(city));
            n.put("founded", founded);
            n.put("website", blankToNull(website));
            n.put("description", blankToNull(description));
            if (seekingPartner == null) {
                n.putNull("seekingPartner");
            } else {
                n.put("seekingPartner", seekingPartner);
            }
            n.put("confidence", confidence == null ? null : confidence.name());
            n.set("sources", sourcesJson(sources));
            return n;
        }

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public OrganisationType getType() { return type; }
        public void setType(OrganisationType type) { this.type = type; }
        public String getCountry() { return country; }
        public void setCountry(String country) { this.country = country; }
        public String getCity() { return city; }
        public void setCity(String city) { this.city = city; }
        public Integer getFounded() { return founded; }
        public void setFounded(Integer founded) { this.founded = founded; }
        public String getWebsite() { return website; }
        public void setWebsite(String website) { this.website = website; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public Boolean getSeekingPartner() { return seekingPartner; }
        public void setSeekingPartner(Boolean seekingPartner) { this.seekingPartner = seekingPartner; }
        public Confidence getConfidence() { return confidence; }
        public void setConfidence(Confidence confidence) { this.confidence = confidence; }
        public List<SourcesField.Row> getSources() { return sources; }
        public void setSources(List<SourcesField.Row> sources) { this.sources = sources; }
    }

    /** A link being edited. */
    static final class LinkDraft {
        private String id = "";
        private Organisation from;
        private Organisation to;
        private LinkKind kind = LinkKind.HEALTH_LINK;
        private Integer since;
        private Integer until;
        private LinkStatus status = LinkStatus.ACTIVE;
        private Set<String> themes = Set.of();
        private Set<Activity> activities = Set.of();
        private Learning learning = Learning.UNKNOWN;
        private Integer strength;
        private Confidence confidence = Confidence.A;
        private List<SourcesField.Row> sources = new ArrayList<>();
        /** The stored link's JSON: fields the form does not show (charter, assessments) are written back unchanged. */
        private JsonNode stored;

        static LinkDraft of(Link l, Organisation from, Organisation to) {
            var d = new LinkDraft();
            d.id = l.id();
            d.from = from;
            d.to = to;
            d.kind = l.kind();
            d.since = l.since();
            d.until = l.until();
            d.status = l.status();
            d.themes = new LinkedHashSet<>(l.themes());
            d.activities = Set.copyOf(l.activities());
            d.learning = l.learning();
            d.strength = l.strength();
            d.confidence = l.confidence();
            d.sources = rows(l.sources());
            d.stored = JsonSnapshotFormat.toJsonNode(l);
            return d;
        }

        JsonNode toJson() {
            ObjectNode n = stored == null ? JSON.createObjectNode() : ((ObjectNode) stored).deepCopy();
            n.put("id", id.strip());
            n.put("from", from == null ? null : from.id());
            n.put("to", to == null ? null : to.id());
            n.put("kind", kind == null ? null : kind.name());
            n.put("since", since);
            n.put("until", until);
            n.put("status", status == null ? null : status.name());
            ArrayNode t = n.putArray("themes");
            themes.forEach(t::add);
            ArrayNode a = n.putArray("activities");
            activities.stream().sorted().forEach(x -> a.add(x.name()));
            n.put("learning", learning == null ? null : learning.name());
            n.put("strength", strength);
            n.put("confidence", confidence == null ? null : confidence.name());
            n.set("sources", sourcesJson(sources));
            return n;
        }

        /** Keeps the stored fields of the link being edited that the form does not show. */
        void keepStoredFrom(LinkDraft edited) {
            this.stored = edited.stored;
        }

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public Organisation getFrom() { return from; }
        public void setFrom(Organisation from) { this.from = from; }
        public Organisation getTo() { return to; }
        public void setTo(Organisation to) { this.to = to; }
        public LinkKind getKind() { return kind; }
        public void setKind(LinkKind kind) { this.kind = kind; }
        public Integer getSince() { return since; }
        public void setSince(Integer since) { this.since = since; }
        public Integer getUntil() { return until; }
        public void setUntil(Integer until) { this.until = until; }
        public LinkStatus getStatus() { return status; }
        public void setStatus(LinkStatus status) { this.status = status; }
        public Set<String> getThemes() { return themes; }
        public void setThemes(Set<String> themes) { this.themes = themes; }
        public Set<Activity> getActivities() { return activities; }
        public void setActivities(Set<Activity> activities) { this.activities = activities; }
        public Learning getLearning() { return learning; }
        public void setLearning(Learning learning) { this.learning = learning; }
        public Integer getStrength() { return strength; }
        public void setStrength(Integer strength) { this.strength = strength; }
        public Confidence getConfidence() { return confidence; }
        public void setConfidence(Confidence confidence) { this.confidence = confidence; }
        public List<SourcesField.Row> getSources() { return sources; }
        public void setSources(List<SourcesField.Row> sources) { this.sources = sources; }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static List<SourcesField.Row> rows(List<Source> sources) {
        return new ArrayList<>(sources.stream().map(s -> new SourcesField.Row(s.citation(), s.url() == null ? "" : s.url())).toList());
    }

    private static ArrayNode sourcesJson(List<SourcesField.Row> rows) {
        ArrayNode array = JSON.createArrayNode();
        for (SourcesField.Row row : rows) {
            ObjectNode s = array.addObject();
            s.put("citation", row.citation());
            s.put("url", blankToNull(row.url()));
        }
        return array;
    }
}
