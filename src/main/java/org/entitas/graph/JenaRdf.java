package org.entitas.graph;

import static org.entitas.graph.RdfExport.ENT;
import static org.entitas.graph.RdfExport.SCHEMA;
import static org.entitas.graph.RdfExport.iri;
import static org.entitas.graph.RdfExport.schemaType;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entitas.io.LoneSurrogates;

/**
 * The Jena side of {@link RdfExport}, apart so that {@code RdfExport} loads without Jena and can say which
 * artifact is missing. Stateless and thread-safe.
 */
final class JenaRdf {

    private JenaRdf() {
    }

    static Model model(KnowledgeGraph graph) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("schema", SCHEMA);
        m.setNsPrefix("ent", ENT);
        m.setNsPrefix("rdfs", RDFS.getURI());
        Property name = m.createProperty(SCHEMA, "name");
        Property alternateName = m.createProperty(SCHEMA, "alternateName");
        Property mentions = m.createProperty(ENT, "mentions");
        Property documents = m.createProperty(ENT, "documents");
        Property coOccurs = m.createProperty(ENT, "coOccursWith");
        Property source = m.createProperty(ENT, "source");
        Property target = m.createProperty(ENT, "target");
        Property kind = m.createProperty(ENT, "kind");
        Property weight = m.createProperty(ENT, "weight");
        Property title = m.createProperty(ENT, "title");
        Property areaCode = m.createProperty(ENT, "areaCode");
        m.setNsPrefix("owl", OWL.getURI());
        Resource tieType = m.createResource(ENT + "Tie");
        for (KnowledgeGraph.Node n : graph.nodes()) {
            Resource r = m.createResource(iri(n.key()));
            r.addProperty(RDF.type, m.createResource(SCHEMA + schemaType(n.type())));
            r.addProperty(RDFS.label, text(n.name()));
            r.addProperty(name, text(n.name()));
            for (String alias : n.aliases()) {
                r.addProperty(alternateName, text(alias));
            }
            for (String t : n.titles()) {
                r.addProperty(title, text(t));
            }
            r.addLiteral(mentions, n.mentions());
            r.addLiteral(documents, n.documents());
            // a GeoNames place or a Wikipedia page is the same thing as the node; an area code has no IRI of its own
            n.link().filter(l -> l.startsWith("idn-area:"))
                    .ifPresent(l -> r.addProperty(areaCode, l.substring("idn-area:".length())));
            n.link().filter(l -> l.startsWith("geonames:")).ifPresent(l -> r.addProperty(OWL.sameAs,
                    m.createResource("https://sws.geonames.org/" + l.substring("geonames:".length()) + "/")));
            n.linkUrl().filter(u -> u.contains("wikipedia")).ifPresent(u -> r.addProperty(OWL.sameAs,
                    m.createResource(u)));
        }
        // a source is a news medium, with the documents it is the source of counted
        for (KnowledgeGraph.Source src : graph.sources()) {
            m.createResource(iri(src.key())).addProperty(RDF.type, m.createResource(SCHEMA + "NewsMediaOrganization"))
                    .addProperty(RDFS.label, text(src.name())).addProperty(name, text(src.name()))
                    .addLiteral(documents, (long) src.documents().size());
        }
        int i = 0;
        for (KnowledgeGraph.Edge e : graph.edges()) {
            Resource a = m.createResource(iri(e.source()));
            Resource b = m.createResource(iri(e.target()));
            if (e.kind() == KnowledgeGraph.EdgeKind.SAME_SENTENCE) {
                a.addProperty(coOccurs, b);
            }
            m.createResource(ENT + "tie/" + i++).addProperty(RDF.type, tieType).addProperty(source, a)
                    .addProperty(target, b).addProperty(kind, e.kind().name()).addLiteral(weight, e.weight());
        }
        Property holds = m.createProperty(ENT, "holdsRole");
        Property roleName = m.createProperty(ENT, "roleName");
        Property roleOf = m.createProperty(ENT, "roleOf");
        Property evidence = m.createProperty(ENT, "sentence");
        Property times = m.createProperty(ENT, "evidence");
        Resource roleType = m.createResource(ENT + "Role");
        int k = 0;
        for (KnowledgeGraph.RoleEdge r : graph.roles()) {
            Resource role = m.createResource(ENT + "role/" + k++).addProperty(RDF.type, roleType)
                    .addProperty(roleName, text(r.role())).addProperty(evidence, text(r.sentence()))
                    .addLiteral(times, r.evidence());
            r.of().ifPresent(of -> role.addProperty(roleOf, m.createResource(iri(of))));
            m.createResource(iri(r.person())).addProperty(holds, role);
        }
        return m;
    }

    static void turtle(KnowledgeGraph graph, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            RDFDataMgr.write(out, model(graph), Lang.TURTLE);
        }
    }

    /** A string as written: each lone surrogate as U+FFFD, as in every export. */
    private static String text(String s) {
        return LoneSurrogates.replaced(s);
    }
}
