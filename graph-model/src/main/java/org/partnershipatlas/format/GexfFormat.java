package org.partnershipatlas.format;

import java.io.Writer;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;

/**
 * Writes a network as GEXF 1.2 (https://gexf.net/; the 1.2draft namespace, which Gephi, NetworkX and Cytoscape all read), Gephi's own format, also read by NetworkX
 * ({@code read_gexf}) and Cytoscape. Undirected; node labels are organisation names; every attribute of
 * {@link GraphAttributes} except the label is a declared {@code <attribute>} of its class, written where present.
 * Link kind is also the GEXF edge {@code label}, and {@code strength} its {@code weight} where given.
 */
public final class GexfFormat {
    public static final String MEDIA_TYPE = "application/gexf+xml";
    private static final String NS = "http://www.gexf.net/1.2draft";

    private GexfFormat() {
    }

    public static String toGexf(NetworkSnapshot snapshot) {
        return GraphAttributes.documentString(out -> write(snapshot, out));
    }

    public static void write(NetworkSnapshot snapshot, Writer out) {
        GraphAttributes.writeDocument(out, "GEXF", xml -> {
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("version", "1.2");
            xml.writeCharacters("\n");
            xml.writeStartElement("meta");
            xml.writeStartElement("creator");
            xml.writeCharacters("Partnership Atlas");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "undirected");
            xml.writeAttribute("mode", "static");
            xml.writeCharacters("\n");
            declare(xml, "node", GraphAttributes.ORGANISATION.subList(1, GraphAttributes.ORGANISATION.size()));
            declare(xml, "edge", GraphAttributes.LINK);
            xml.writeStartElement("nodes");
            xml.writeCharacters("\n");
            for (Organisation o : snapshot.organisations()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", o.id());
                xml.writeAttribute("label", GraphAttributes.xmlSafe(o.name()));
                values(xml, GraphAttributes.ORGANISATION.subList(1, GraphAttributes.ORGANISATION.size()), o);
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeStartElement("edges");
            xml.writeCharacters("\n");
            for (Link l : snapshot.links()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", l.id());
                xml.writeAttribute("source", l.from());
                xml.writeAttribute("target", l.to());
                xml.writeAttribute("label", l.kind().name());
                if (l.strength() != null) {
                    xml.writeAttribute("weight", String.valueOf(l.strength()));
                }
                values(xml, GraphAttributes.LINK, l);
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
        });
    }

    private static <T> void declare(XMLStreamWriter xml, String kind, List<GraphAttributes.Attribute<T>> attributes)
            throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", kind);
        xml.writeCharacters("\n");
        for (var a : attributes) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", a.name());
            xml.writeAttribute("title", a.name());
            xml.writeAttribute("type", a.type().gexf);
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static <T> void values(XMLStreamWriter xml, List<GraphAttributes.Attribute<T>> attributes, T item)
            throws XMLStreamException {
        boolean open = false;
        for (var a : attributes) {
            String text = a.text(item);
            if (text == null) {
                continue;
            }
            if (!open) {
                xml.writeStartElement("attvalues");
                open = true;
            }
            xml.writeEmptyElement("attvalue");
            xml.writeAttribute("for", a.name());
            xml.writeAttribute("value", GraphAttributes.xmlSafe(text));
        }
        if (open) {
            xml.writeEndElement();
        }
    }
}
