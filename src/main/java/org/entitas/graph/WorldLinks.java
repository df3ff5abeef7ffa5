package org.entitas.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entitas.EntityType;

/**
 * Links nodes to the world: the government area code of an Indonesian province, regency or city
 * ({@code idn-area:32.73}), the GeoNames id of a place ({@code geonames:1642911}), the Wikipedia page id of a
 * famous person ({@code wikipedia:32817}). The table is {@code models/links/world-links.tsv}, built from the world
 * gazetteers by {@code models/links.py} and bundled in the jar. Only an unambiguous match links; an unsure one
 * does not:
 *
 * <ul>
 *   <li>a place is matched by its name: an area where one area has the name, or one of them lies in a province
 *       the node's documents name (two areas of the name, {@code Bandung} the city and the regency, otherwise link
 *       to nothing), unless a district of the name lies in a regency or city the documents name; else a GeoNames place that is a capital, a province's seat or a city of 100,000
 *       people or more, where the node's documents name the country of exactly one place of that name (and the
 *       source has no other), or where the whole source has one place of that name and it is in Indonesia, or
 *       abroad a capital or a city of a million people. A country's name links to nothing (the
 *       table gives countries no GeoNames id); countries serve as the documents' context;
 *   <li>a person is matched by a name of two words or more that exactly one person of the source carries.
 * </ul>
 *
 * Organizations are not linked. Names are compared in their normal form with hyphens as spaces
 * ({@code Kim Jong Un} and {@code Kim Jong-un}). Immutable and thread-safe.
 */
final class WorldLinks {

    private static final String RESOURCE = "/org/entitas/models/links/world-links.tsv";
    private static final long LARGE_CITY = 100_000;
    private static final long WORLD_CITY = 1_000_000;
    private static final String INDONESIA = "ID";

    /** A row of the table. */
    record Entry(String kind, String name, String id, String country, String feature, long population,
            int namesakes) {
    }

    private final Map<String, List<Entry>> byName;

    private WorldLinks(Map<String, List<Entry>> byName) {
        this.byName = byName;
    }

    /** The bundled table, read once. */
    static WorldLinks bundled() {
        return Bundled.LINKS;
    }

    private static final class Bundled {
        static final WorldLinks LINKS = read();
    }

    private static WorldLinks read() {
        InputStream in = WorldLinks.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new UncheckedIOException(new IOException("link table missing from the jar: " + RESOURCE
                    + " (models/links/world-links.tsv)"));
        }
        Map<String, List<Entry>> byName = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine();
            int number = 1;
            while ((line = r.readLine()) != null) {
                number++;
                String[] f = line.split("\t", -1);
                if (f.length != 7) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": 7 columns expected: " + line);
                }
                Entry e = new Entry(f[0], f[1], f[2], f[3], f[4], f[5].isEmpty() ? 0 : Long.parseLong(f[5]),
                        Integer.parseInt(f[6]));
                byName.computeIfAbsent(key(f[1]), k -> new ArrayList<>()).add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
        return new WorldLinks(byName);
    }

    /** The form names are matched in: normal form, hyphens as spaces. */
    static String key(String name) {
        return String.join(" ", Name.normalise(name).replace('-', ' ').strip().split(" +"));
    }

    /**
     * The identifier of each node that links, by node key.
     *
     * @param nodes the graph's nodes
     * @param documentsOf the documents of each node, by key
     */
    Map<String, String> link(List<KnowledgeGraph.Node> nodes, Map<String, List<String>> documentsOf) {
        // the context of each document: the countries, provinces and other areas it names
        Map<String, Set<String>> countries = new HashMap<>();
        Map<String, Set<String>> provinces = new HashMap<>();
        Map<String, Set<String>> areas = new HashMap<>();
        for (KnowledgeGraph.Node n : nodes) {
            if (!n.type().equals(EntityType.LOCATION)) {
                continue;
            }
            List<Entry> named = entries(n.name()).stream().filter(e -> e.kind().equals("area")).toList();
            if (named.size() == 1) {
                String code = named.get(0).id().substring("idn-area:".length());
                documentsOf.get(n.key()).forEach(d -> areas.computeIfAbsent(d, k -> new HashSet<>()).add(code));
            }
            for (Entry e : entries(n.name())) {
                if (e.kind().equals("country")) {
                    documentsOf.get(n.key()).forEach(d -> countries.computeIfAbsent(d, k -> new HashSet<>())
                            .add(e.country()));
                } else if (e.kind().equals("area") && e.feature().equals("province")) {
                    String code = e.id().substring("idn-area:".length());
                    documentsOf.get(n.key()).forEach(d -> provinces.computeIfAbsent(d, k -> new HashSet<>())
                            .add(code));
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (KnowledgeGraph.Node n : nodes) {
            List<String> documents = documentsOf.get(n.key());
            Optional<String> id = n.type().equals(EntityType.LOCATION)
                    ? place(n.name(), context(documents, countries), context(documents, provinces),
                            context(documents, areas))
                    : n.type().equals(EntityType.PERSON) ? person(n.name()) : Optional.empty();
            id.ifPresent(i -> out.put(n.key(), i));
        }
        return out;
    }

    private static Set<String> context(List<String> documents, Map<String, Set<String>> byDocument) {
        Set<String> out = new HashSet<>();
        documents.forEach(d -> out.addAll(byDocument.getOrDefault(d, Set.of())));
        return out;
    }

    private List<Entry> entries(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    private Optional<String> place(String name, Set<String> countries, Set<String> provinces,
            Set<String> namedAreas) {
        List<Entry> all = entries(name);
        if (all.stream().anyMatch(e -> e.kind().equals("country"))) {
            return Optional.empty();
        }
        List<Entry> areas = all.stream().filter(e -> e.kind().equals("area")).toList();
        List<Entry> inProvince = areas.stream().filter(e -> provinces.stream()
                .anyMatch(p -> e.id().startsWith("idn-area:" + p + "."))).toList();
        Entry area = areas.size() == 1 ? areas.get(0) : inProvince.size() == 1 ? inProvince.get(0) : null;
        if (area != null) {
            // a district of the name in a regency or city the documents name is as likely meant (the district
            // Karanganyar of Demak in a text about Demak, not the regency Karanganyar)
            String code = area.id();
            boolean districtNamed = all.stream().filter(e -> e.kind().equals("district"))
                    .filter(e -> !e.id().startsWith(code + "."))
                    .anyMatch(e -> namedAreas.stream().anyMatch(a -> a.contains(".")
                            && e.id().startsWith("idn-area:" + a + ".")));
            return districtNamed ? Optional.empty() : Optional.of(code);
        }
        if (!areas.isEmpty()) {
            // Bandung the city or Bandung the regency: no place elsewhere settles it
            return Optional.empty();
        }
        List<Entry> places = all.stream().filter(e -> e.kind().equals("place")).toList();
        if (places.isEmpty() || places.get(0).namesakes() != places.size()) {
            // a namesake the table leaves out (a small town) could be the one meant
            return Optional.empty();
        }
        // a small town of the name is as likely a namesake of what was meant (Washington, Utah for the capital,
        // which GeoNames names Washington, D.C.): only a notable place links
        List<Entry> inCountry = places.stream().filter(e -> countries.contains(e.country())).toList();
        if (inCountry.size() == 1) {
            return notable(inCountry.get(0)) ? Optional.of(inCountry.get(0).id()) : Optional.empty();
        }
        // without its country in the documents, a place abroad links only when known the world over: a capital or
        // a city of a million (a town's name is as often a person's, a club's or a street's: Guntur, Dortmund)
        Entry only = places.size() == 1 ? places.get(0) : null;
        boolean known = only != null && (only.country().equals(INDONESIA) ? notable(only) : worldKnown(only));
        return known ? Optional.of(only.id()) : Optional.empty();
    }

    /** A capital or a city of a million people or more. */
    private static boolean worldKnown(Entry place) {
        return place.population() >= WORLD_CITY || place.feature().equals("PPLC");
    }

    /** A capital, a province's seat or a city of 100,000 people or more. */
    private static boolean notable(Entry place) {
        return place.population() >= LARGE_CITY || place.feature().equals("PPLC") || place.feature().equals("PPLA");
    }

    private Optional<String> person(String name) {
        if (key(name).split(" ").length < 2) {
            return Optional.empty();
        }
        List<Entry> persons = entries(name).stream().filter(e -> e.kind().equals("person")).toList();
        return persons.size() == 1 && persons.get(0).namesakes() == 1 ? Optional.of(persons.get(0).id())
                : Optional.empty();
    }

    /** The web page of an identifier: GeoNames' and Wikipedia's; none for an area code. */
    static Optional<String> url(String id) {
        if (id.startsWith("geonames:")) {
            return Optional.of("https://www.geonames.org/" + id.substring("geonames:".length()));
        } else if (id.startsWith("wikipedia:")) {
            return Optional.of("https://en.wikipedia.org/?curid=" + id.substring("wikipedia:".length()));
        }
        return Optional.empty();
    }
}
