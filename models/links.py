#!/usr/bin/env python3
"""Builds models/links/world-links.tsv, the table the knowledge graph links its nodes to the world with (see
models/README.md, "Links to the world"), from the world gazetteers of ../shared/data/gazetteers/world.

Usage: python3 models/links.py [DATA_DIR]   (default: ../shared/data, beside the repository)

Rows, tab-separated, after a header line:
  kind       area | district | place | person | country
  name       as the source writes it (the graph normalises both sides alike when it matches)
  id         idn-area:CODE (government area code), geonames:ID, wikipedia:CURID, iso:CC for a country
  country    ISO 3166 alpha-2 country of a place or person ('ID' for an area)
  feature    area kind (province, regency, city) or GeoNames feature code of a place
  population GeoNames population of a place
  namesakes  how many rows of the whole source carry the same name (places: countries; persons: persons), so
             that the graph can tell an unambiguous name even where this table leaves a small namesake out

Kept: Indonesian provinces, regencies and cities, and districts (never linked: a district that shares an area's
name makes the area unsure; villages and islands are left out); GeoNames places of 15,000 people or more, or a capital or a province's seat
(PPLC, PPLA); every Pantheon person; every Indonesian country name. Deterministic: rows sorted.
"""
import collections
import csv
import os
import sys
import unicodedata

MIN_POPULATION = 15000
SEATS = {"PPLC", "PPLA"}
AREA_KINDS = {"province", "regency", "city"}


def key(name):
    """The normal form the graph compares in: accents off, lower case, hyphens and runs of spaces one space."""
    n = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.category(c).startswith("M"))
    return " ".join(n.lower().replace("-", " ").split())


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "shared", "data")
    world = os.path.join(data, "gazetteers", "world")
    out = []
    indonesia = rows(os.path.join(world, "places-indonesia.tsv"))
    areas = [r for r in indonesia if r["kind"] in AREA_KINDS]
    area_namesakes = collections.Counter(key(r["name"]) for r in areas)
    for r in areas:
        out.append(("area", r["name"], "idn-area:" + r["code"], "ID", r["kind"], "", str(area_namesakes[key(r["name"])])))
    # districts are never linked; a district that shares an area's name makes the area unsure where the document
    # names the district's regency or province
    districts = [r for r in indonesia if r["kind"] == "district"]
    district_namesakes = collections.Counter(key(r["name"]) for r in districts)
    for r in districts:
        out.append(("district", r["name"], "idn-area:" + r["code"], "ID", "district", "",
                    str(district_namesakes[key(r["name"])])))
    places = rows(os.path.join(world, "places-world.tsv"))
    place_namesakes = collections.Counter(key(r["name"]) for r in places)
    for r in places:
        if int(r["population"] or 0) >= MIN_POPULATION or r["feature"] in SEATS:
            out.append(("place", r["name"], "geonames:" + r["geonames_id"], r["country"], r["feature"],
                        r["population"], str(place_namesakes[key(r["name"])])))
    persons = rows(os.path.join(world, "persons-world.tsv"))
    person_namesakes = collections.Counter(key(r["name"]) for r in persons)
    for r in persons:
        out.append(("person", r["name"], "wikipedia:" + r["wikipedia_curid"], r["country"], r["occupation"], "",
                    str(person_namesakes[key(r["name"])])))
    for r in rows(os.path.join(world, "countries-id.tsv")):
        out.append(("country", r["name"], "iso:" + r["code"], r["code"], "", "", "1"))
    out.sort()
    target = os.path.join(here, "models", "links", "world-links.tsv")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8", newline="") as f:
        f.write("kind\tname\tid\tcountry\tfeature\tpopulation\tnamesakes\n")
        for row in out:
            if any("\t" in v or "\n" in v for v in row):
                raise SystemExit("a tab or line break in a value: %r" % (row,))
            f.write("\t".join(row) + "\n")
    counts = collections.Counter(r[0] for r in out)
    print("%s: %d rows (%s)" % (target, len(out), ", ".join("%s %d" % kv for kv in sorted(counts.items()))))


if __name__ == "__main__":
    main()
