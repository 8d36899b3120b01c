package org.partnershipatlas.format;

import java.io.Writer;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;

/**
 * Writes a network as GraphML (http://graphml.graphdrawing.org/), the format Gephi, Cytoscape, yEd, NetworkX
 * ({@code read_graphml}) and igraph ({@code Graph.Read_GraphML}) all read. Undirected; node ids and edge ids are the
 * organisation and link ids; every attribute of {@link GraphAttributes} is declared as a typed {@code <key>}
 * (node keys prefixed {@code n_}, edge keys {@code e_}, names as in docs/FORMAT.md) and written where present.
 */
public final class GraphMlFormat {
    public static final String MEDIA_TYPE = "application/graphml+xml";
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlFormat() {
    }

    public static String toGraphMl(NetworkSnapshot snapshot) {
        return GraphAttributes.documentString(out -> write(snapshot, out));
    }

    public static void write(NetworkSnapshot snapshot, Writer out) {
        GraphAttributes.writeDocument(out, "GraphML", xml -> {
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            xml.writeCharacters("\n");
            keys(xml, "node", "n_", GraphAttributes.ORGANISATION);
            keys(xml, "edge", "e_", GraphAttributes.LINK);
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "partnership-atlas");
            xml.writeAttribute("edgedefault", "undirected");
            xml.writeCharacters("\n");
            for (Organisation o : snapshot.organisations()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", o.id());
                data(xml, "n_", GraphAttributes.ORGANISATION, o);
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            for (Link l : snapshot.links()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", l.id());
                xml.writeAttribute("source", l.from());
                xml.writeAttribute("target", l.to());
                data(xml, "e_", GraphAttributes.LINK, l);
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
        });
    }

    private static <T> void keys(XMLStreamWriter xml, String domain, String prefix,
                                 List<GraphAttributes.Attribute<T>> attributes) throws XMLStreamException {
        for (var a : attributes) {
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", prefix + a.name());
            xml.writeAttribute("for", domain);
            xml.writeAttribute("attr.name", a.name());
            xml.writeAttribute("attr.type", a.type().graphMl);
            xml.writeCharacters("\n");
        }
    }

    private static <T> void data(XMLStreamWriter xml, String prefix, List<GraphAttributes.Attribute<T>> attributes,
                                 T item) throws XMLStreamException {
        for (var a : attributes) {
            String text = a.text(item);
            if (text != null) {
                xml.writeStartElement("data");
                xml.writeAttribute("key", prefix + a.name());
                xml.writeCharacters(GraphAttributes.xmlSafe(text));
                xml.writeEndElement();
            }
        }
    }
}
