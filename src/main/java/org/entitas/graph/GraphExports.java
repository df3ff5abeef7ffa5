package org.entitas.graph;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.entitas.io.Csv;

/**
 * Writes a {@link KnowledgeGraph} in the formats graph tools import: the CSV layout of Neo4j's bulk importer
 * ({@code neo4j-admin database import}: a node file and a relationship file with typed headers) and GraphML
 * (Gephi, yEd), written through the JDK's StAX writer. Stateless and thread-safe.
 */
public final class GraphExports {

    private GraphExports() {
    }

    /**
     * Writes {@code nodes.csv} and {@code relationships.csv} into {@code dir}, for
     * {@code neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv
     * --array-delimiter=";"}. A line break in a value is written as a space, a {@code ;} inside an element of an
     * array as {@code ,}, a lone surrogate as U+FFFD; GraphML and Turtle keep line breaks and semicolons.
     */
    public static void neo4j(KnowledgeGraph graph, Path dir) throws IOException {
        requireNonNull(graph, "graph must not be null");
        requireNonNull(dir, "dir must not be null");
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve("nodes.csv"), StandardCharsets.UTF_8)) {
            w.write("key:ID,name,:LABEL,aliases:string[],titles:string[],roles:string[],mentions:long,"
                    + "otherTypes:string[],documents:long,firstDocument,lastDocument,documentIds:string[],link,linkUrl\n");
            for (KnowledgeGraph.Node n : graph.nodes()) {
                w.write(String.join(",", csv(n.key()), csv(n.name()), csv("Entity;" + label(n)),
                        array(n.aliases()), array(n.titles()), array(n.roles()), Long.toString(n.mentions()),
                        array(otherTypes(n)), Long.toString(n.documents()), csv(n.firstDocument()),
                        csv(n.lastDocument()), "", csv(n.link().orElse("")), csv(n.linkUrl().orElse(""))));
                w.write('\n');
            }
            for (KnowledgeGraph.Source s : graph.sources()) {
                List<String> ds = s.documents();
                w.write(String.join(",", csv(s.key()), csv(s.name()), csv("Source"), "", "", "", "", "",
                        Long.toString(ds.size()), csv(ds.get(0)), csv(ds.get(ds.size() - 1)), array(ds), "", ""));
                w.write('\n');
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("relationships.csv"), StandardCharsets.UTF_8)) {
            w.write(":START_ID,:END_ID,:TYPE,weight:long,documents:string[],role,sentence\n");
            for (KnowledgeGraph.Edge e : graph.edges()) {
                w.write(String.join(",", csv(e.source()), csv(e.target()), e.kind().name(),
                        Long.toString(e.weight()), array(e.documents()), "", ""));
                w.write('\n');
            }
            for (KnowledgeGraph.RoleEdge r : graph.roles()) {
                if (r.of().isPresent()) {
                    w.write(String.join(",", csv(r.person()), csv(r.of().get()), "HAS_ROLE",
                            Long.toString(r.evidence()), array(r.documents()), csv(r.role()),
                            csv(r.sentence())));
                    w.write('\n');
                }
            }
        }
    }

    /** A node's minority types as {@code TYPE=count}, by type name. */
    static List<String> otherTypes(KnowledgeGraph.Node n) {
        return n.otherTypes().entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue()).sorted().toList();
    }

    private static String label(KnowledgeGraph.Node n) {
        String name = n.type().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * A value as the importer reads it without further options: quoted, each line break written as a space (so that
     * no {@code --multiline-fields} is needed), each lone surrogate as U+FFFD.
     */
    private static String csv(String value) {
        return Csv.quoted(value.replace('\n', ' ').replace('\r', ' '));
    }

    /** A {@code string[]} value: the elements joined by {@code ;}, the array delimiter; a {@code ;} inside one as {@code ,}. */
    private static String array(Collection<String> elements) {
        return csv(String.join(";", elements.stream().map(e -> e.replace(';', ',')).toList()));
    }

    /**
     * Writes GraphML: one node per entity (name, type, aliases, titles, roles without a place or organization,
     * mentions, minority types, documents, the link to the world gazetteers and its web page where there is one), one edge per tie (kind, weight) and per role with a place or organization (kind
     * {@code HAS_ROLE}, the role, weight the times it was read), and one node per source (type {@code SOURCE},
     * its document count). The graph is declared undirected, as ties are, and every edge is written as the
     * declaration says: a role edge runs from the person ({@code source}) to the place or organization
     * ({@code target}), which its kind says, without a per-edge {@code directed="true"} that networkx refuses in an
     * undirected graph. Two entities may have several edges (a same-sentence and a same-document tie, a role), each
     * with its own id, as GraphML allows; the file loads unedited in networkx ({@code read_graphml}, a
     * {@code MultiGraph}), igraph and Gephi.
     */
    public static void graphml(KnowledgeGraph graph, Path file) throws IOException {
        requireNonNull(graph, "graph must not be null");
        requireNonNull(file, "file must not be null");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            key(x, "name", "node", "name", "string");
            key(x, "type", "node", "type", "string");
            key(x, "aliases", "node", "aliases", "string");
            key(x, "titles", "node", "titles", "string");
            key(x, "roles", "node", "roles", "string");
            key(x, "mentions", "node", "mentions", "long");
            key(x, "otherTypes", "node", "otherTypes", "string");
            key(x, "link", "node", "link", "string");
            key(x, "linkUrl", "node", "linkUrl", "string");
            key(x, "documents", "node", "documents", "long");
            key(x, "kind", "edge", "kind", "string");
            key(x, "weight", "edge", "weight", "long");
            key(x, "role", "edge", "role", "string");
            x.writeStartElement("graph");
            x.writeAttribute("id", "entitas");
            x.writeAttribute("edgedefault", "undirected");
            for (KnowledgeGraph.Node n : graph.nodes()) {
                x.writeStartElement("node");
                x.writeAttribute("id", xml(n.key()));
                data(x, "name", n.name());
                data(x, "type", n.type().name());
                data(x, "aliases", String.join("; ", n.aliases()));
                data(x, "titles", String.join("; ", n.titles()));
                data(x, "roles", String.join("; ", n.roles()));
                data(x, "mentions", Long.toString(n.mentions()));
                data(x, "otherTypes", String.join("; ", otherTypes(n)));
                if (n.link().isPresent()) {
                    data(x, "link", n.link().get());
                }
                if (n.linkUrl().isPresent()) {
                    data(x, "linkUrl", n.linkUrl().get());
                }
                data(x, "documents", Long.toString(n.documents()));
                x.writeEndElement();
            }
            for (KnowledgeGraph.Source s : graph.sources()) {
                x.writeStartElement("node");
                x.writeAttribute("id", xml(s.key()));
                data(x, "name", s.name());
                data(x, "type", "SOURCE");
                data(x, "documents", Long.toString(s.documents().size()));
                x.writeEndElement();
            }
            int i = 0;
            for (KnowledgeGraph.Edge e : graph.edges()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + i++);
                x.writeAttribute("source", xml(e.source()));
                x.writeAttribute("target", xml(e.target()));
                data(x, "kind", e.kind().name());
                data(x, "weight", Long.toString(e.weight()));
                x.writeEndElement();
            }
            for (KnowledgeGraph.RoleEdge r : graph.roles()) {
                if (r.of().isPresent()) {
                    x.writeStartElement("edge");
                    x.writeAttribute("id", "e" + i++);
                    x.writeAttribute("source", xml(r.person()));
                    x.writeAttribute("target", xml(r.of().get()));
                    data(x, "kind", "HAS_ROLE");
                    data(x, "weight", Long.toString(r.evidence()));
                    data(x, "role", r.role());
                    x.writeEndElement();
                }
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter x, String id, String domain, String name, String type)
            throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", domain);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(xml(value));
        x.writeEndElement();
    }

    /**
     * The value with every character that XML 1.0 does not allow (control characters other than tab, line feed
     * and carriage return, lone surrogates, U+FFFE, U+FFFF) replaced by U+FFFD, so that the file stays well-formed.
     */
    static String xml(String value) {
        StringBuilder sb = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            boolean ok = pair || c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
            if (!ok && sb == null) {
                sb = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
                if (pair) {
                    sb.append(value.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return sb == null ? value : sb.toString();
    }
}
