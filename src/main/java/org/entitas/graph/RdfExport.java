package org.entitas.graph;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.entitas.EntityType;
import org.entitas.internal.OptionalDependency;
import org.entitas.io.LoneSurrogates;

/**
 * Writes a {@link KnowledgeGraph} as RDF (Turtle) through Apache Jena: each entity a resource typed with
 * schema.org ({@code schema:Person}, {@code schema:Place}, {@code schema:Organization}) with {@code rdfs:label}
 * and {@code schema:name} its fullest name, {@code schema:alternateName} its aliases, {@code ent:title} the
 * titles taken off its mentions and its counts, {@code owl:sameAs} its GeoNames place
 * ({@code https://sws.geonames.org/ID/}) or Wikipedia page where it is linked to one, {@code ent:areaCode} its
 * Indonesian government area code; each medium a document names as its source a
 * {@code schema:NewsMediaOrganization}; each tie a resource of type {@code ent:Tie} with its two
 * entities, kind and weight, and a direct {@code ent:coOccursWith} triple between the entities; each role an
 * {@code ent:Role} the person {@code ent:holdsRole}, with its name, {@code ent:roleOf} the place or
 * organization when there is one, {@code ent:evidence} the times it was read and the first sentence. The roles
 * are those of the other exports: with a place or organization, the {@code HAS_ROLE} edges; without, the
 * nodes' {@code roles}. Stateless and thread-safe.
 */
public final class RdfExport {

    /** The project's vocabulary. */
    public static final String ENT = "https://entitas.org/ns#";
    /** Where entity resources live. */
    public static final String ENTITY = "https://entitas.org/entity/";
    static final String SCHEMA = "https://schema.org/";

    private RdfExport() {
    }

    /**
     * Builds the RDF model of a graph.
     *
     * @throws IllegalStateException if Apache Jena is not on the class path (the message names the artifact)
     */
    public static Model model(KnowledgeGraph graph) {
        requireNonNull(graph, "graph must not be null");
        OptionalDependency.JENA.require("RDF export");
        return JenaRdf.model(graph);
    }

    /**
     * Writes the graph as Turtle.
     *
     * @throws IllegalStateException if Apache Jena is not on the class path (the message names the artifact)
     */
    public static void turtle(KnowledgeGraph graph, Path file) throws IOException {
        requireNonNull(graph, "graph must not be null");
        requireNonNull(file, "file must not be null");
        OptionalDependency.JENA.require("RDF export");
        JenaRdf.turtle(graph, file);
    }

    static String iri(String key) {
        // each lone surrogate as U+FFFD, as in every export
        return ENTITY + URLEncoder.encode(LoneSurrogates.replaced(key), StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String schemaType(EntityType type) {
        if (type.equals(EntityType.PERSON)) {
            return "Person";
        } else if (type.equals(EntityType.LOCATION)) {
            return "Place";
        } else if (type.equals(EntityType.ORGANIZATION)) {
            return "Organization";
        }
        return "Thing";
    }
}
