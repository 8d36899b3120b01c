package org.partnershipatlas.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Challenge;
import org.partnershipatlas.model.CharterFoundation;
import org.partnershipatlas.model.Factor;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Source;

/**
 * The attributes an organisation (node) and a link (edge) carry in the graph-tool formats, GraphML and GEXF: every
 * field of docs/FORMAT.md, lists joined with {@code ;} as in the spreadsheet format and sources as
 * {@code citation | url} items joined with {@code " ;; "}. Absent values are left out, so tools see them as missing.
 *
 * <p>A link's quality is its latest assessment's, flattened into attributes named as the columns of
 * {@code assessments.csv}: {@code assessed} (its date), {@code quality_mean} ({@link Assessment#qualityMean()}),
 * {@code charter_*}, {@code factor_*} and {@code challenge_*}, {@code evaluation}. Earlier assessments are in the
 * JSON and spreadsheet formats only.
 */
final class GraphAttributes {

    /** The value types both formats declare. */
    enum Type {
        STRING("string", "string"), INT("int", "integer"), DOUBLE("double", "double"), BOOLEAN("boolean", "boolean");

        final String graphMl;
        final String gexf;

        Type(String graphMl, String gexf) {
            this.graphMl = graphMl;
            this.gexf = gexf;
        }
    }

    record Attribute<T>(String name, Type type, Function<T, Object> value) {
        /** The value as text, or {@code null} where it is absent. */
        String text(T item) {
            Object v = value.apply(item);
            if (v == null || (v instanceof List<?> list && list.isEmpty())) {
                return null;
            }
            if (v instanceof List<?> list) {
                return list.stream().map(Object::toString).collect(Collectors.joining(";"));
            }
            return v instanceof Enum<?> e ? e.name() : v.toString();
        }
    }

    static final List<Attribute<Organisation>> ORGANISATION = List.of(
            new Attribute<>("label", Type.STRING, Organisation::name),
            new Attribute<>("type", Type.STRING, Organisation::type),
            new Attribute<>("country", Type.STRING, Organisation::country),
            new Attribute<>("city", Type.STRING, Organisation::city),
            new Attribute<>("founded", Type.INT, Organisation::founded),
            new Attribute<>("dissolved", Type.INT, Organisation::dissolved),
            new Attribute<>("website", Type.STRING, Organisation::website),
            new Attribute<>("description", Type.STRING, Organisation::description),
            new Attribute<>("seekingPartner", Type.BOOLEAN, Organisation::seekingPartner),
            new Attribute<>("placeholder", Type.BOOLEAN, Organisation::placeholder),
            new Attribute<>("confidence", Type.STRING, Organisation::confidence),
            new Attribute<>("sources", Type.STRING, o -> sources(o.sources())));

    static final List<Attribute<Link>> LINK = linkAttributes();

    private static List<Attribute<Link>> linkAttributes() {
        var list = new ArrayList<>(List.<Attribute<Link>>of(
                new Attribute<>("kind", Type.STRING, Link::kind),
                new Attribute<>("since", Type.INT, Link::since),
                new Attribute<>("until", Type.INT, Link::until),
                new Attribute<>("status", Type.STRING, Link::status),
                new Attribute<>("lastEvidence", Type.INT, Link::lastEvidence),
                new Attribute<>("themes", Type.STRING, Link::themes),
                new Attribute<>("activities", Type.STRING, Link::activities),
                new Attribute<>("learning", Type.STRING, Link::learning),
                new Attribute<>("strength", Type.INT, Link::strength),
                new Attribute<>("confidence", Type.STRING, Link::confidence),
                new Attribute<>("sources", Type.STRING, l -> sources(l.sources())),
                new Attribute<>("assessed", Type.STRING, l -> latest(l, Assessment::date)),
                new Attribute<>("quality_mean", Type.DOUBLE, l -> latest(l,
                        a -> a.qualityMean().isPresent() ? a.qualityMean().getAsDouble() : null))));
        for (CharterFoundation f : CharterFoundation.values()) {
            list.add(new Attribute<>("charter_" + CsvFieldSource.column(f.key()), Type.INT,
                    l -> latest(l, a -> a.charter() == null ? null : a.charter().score(f))));
        }
        for (Factor f : Factor.values()) {
            list.add(new Attribute<>("factor_" + CsvFieldSource.column(f.key()), Type.INT,
                    l -> latest(l, a -> a.factors().get(f))));
        }
        for (Challenge c : Challenge.values()) {
            list.add(new Attribute<>("challenge_" + CsvFieldSource.column(c.key()), Type.STRING,
                    l -> latest(l, a -> a.challenges().get(c))));
        }
        list.add(new Attribute<>("evaluation", Type.STRING, l -> latest(l, Assessment::evaluation)));
        return List.copyOf(list);
    }

    /** A value of the link's latest assessment, or {@code null} where it has none. */
    private static Object latest(Link link, Function<Assessment, Object> value) {
        return link.latestAssessment().map(value).orElse(null);
    }

    private GraphAttributes() {
    }

    /** The body of an XML document, between the declaration and the end. */
    @FunctionalInterface
    interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** Writes an XML 1.0 UTF-8 document (declaration, {@code body}, end) to {@code out}. */
    static void writeDocument(Writer out, String format, XmlBody body) {
        try {
            var xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("could not write " + format, e));
        }
    }

    /** A document as a string. */
    static String documentString(Consumer<Writer> writer) {
        var out = new StringWriter();
        writer.accept(out);
        return out.toString();
    }

    private static String sources(List<Source> sources) {
        return sources.isEmpty() ? null : sources.stream()
                .map(s -> s.url() == null ? s.citation() : s.citation() + " | " + s.url())
                .collect(Collectors.joining(" ;; "));
    }

    /**
     * Text safe for XML 1.0: characters XML cannot carry (most control characters, lone surrogates) become
     * U+FFFD. Markup characters are escaped by the XML writer, so hostile names stay text.
     */
    static String xmlSafe(String text) {
        Objects.requireNonNull(text);
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            out.appendCodePoint(ok ? cp : 0xFFFD);
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
