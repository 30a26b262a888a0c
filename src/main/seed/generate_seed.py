#!/usr/bin/env python3
"""Generates the Flyway migration that loads the starting catalogue.

Input:  catalogue-research.json (copied here from the research hand-off; see
        catalogue-research.README.md).
Output: src/main/resources/db/migration/V2__seed_catalogue.sql

The research file holds free text for statuses, kinds and organisation types.
The tables below map each value onto the service's closed vocabularies; the
original wording is always kept in the matching *_note column. Values no source
gave stay NULL, and only translations a source showed are loaded.

Run from the project root:  python3 src/main/seed/generate_seed.py
Flyway checksums the output, so regenerate only before a release that has not
shipped V2 yet; later corrections belong in a new migration.
"""
import calendar
import datetime
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[3]
SEED = ROOT / "src/main/seed/catalogue-research.json"
OUT = ROOT / "src/main/resources/db/migration/V2__seed_catalogue.sql"

ORG_TYPE = {
    "government": "GOVERNMENT",
    "ministry": "MINISTRY",
    "government authority": "AGENCY",
    "government authority (EMS)": "AGENCY",
    "government agency": "AGENCY",
    "government trade agency": "AGENCY",
    "regulator": "REGULATOR",
    "public research institute": "RESEARCH_INSTITUTE",
    "public health provider (virtual hospital)": "HOSPITAL",
    "cancer institute": "HOSPITAL",
    "public hospital system": "HOSPITAL",
    "state health holding company": "COMPANY",
    "industry association": "ASSOCIATION",
    "embassy": "EMBASSY",
    "government programme": "PROGRAMME",
    "group": "START_UP",
    "sovereign wealth fund": "INVESTOR",
    "investment company (PIF subsidiary)": "INVESTOR",
    "giga-project developer": "COMPANY",
    "university": "UNIVERSITY",
}

KIND = {
    "MoU": "MOU",
    "agreement": "AGREEMENT",
    "agreement; training programme": "AGREEMENT",
    "agreement; joint project": "JOINT_PROJECT",
    "agreement (contract)": "CONTRACT",
    "agreement (executive document)": "AGREEMENT",
    "summit participation": "EVENT",
    "trade mission / B2B event": "EVENT",
    "investment": "INVESTMENT",
    "talks": "TALKS",
    "talks (exploratory)": "TALKS",
    "training / acceleration programme": "TRAINING_PROGRAMME",
}

INITIATIVE_STATUS = {
    "signed": "SIGNED",
    "discussed; no signed agreement reported": "IN_TALKS",
    "discussed; builds on a 2021 SSC–CNES cooperation agreement": "IN_TALKS",
    "took place": "COMPLETED",
    "MoU signed (exploratory: parties 'will explore opportunities')": "SIGNED",
    "installed and reported operational (Nov 2025)": "COMPLETED",
    "contracted; later press report of operational problems": "SIGNED",
    "announced (planned signature)": "ANNOUNCED",
    "reported; Sanabil later removed Mistral from its public portfolio list": "COMPLETED",
    "launched": "IN_PROGRESS",
}

# City-level approximations (city centres), used only where the record names one city.
CITY = {
    "Riyadh": (24.7136, 46.6753),
    "Dammam": (26.4207, 50.0888),
    "near Dammam": (26.4207, 50.0888),
    "Jeddah": (21.5433, 39.1728),
    "Dhahran": (26.2361, 50.0393),
    "Thuwal": (22.3046, 39.1030),
}

# id: (status, initial/current MW, target MW, capabilities)
DATA_CENTRE = {
    "humain-riyadh-1": ("UNDER_CONSTRUCTION", 100, None, ["AI"]),
    "humain-dammam-1": ("UNDER_CONSTRUCTION", 100, None, ["AI"]),
    "humain-xai-500mw": ("ANNOUNCED", 50, 500, ["AI"]),
    "humain-airtrunk-campus": ("ANNOUNCED", None, None, ["AI", "PUBLIC_CLOUD_REGION"]),
    "center3-humain-jv": ("ANNOUNCED", 250, 1000, ["AI"]),
    "sdaia-hexagon": ("UNDER_CONSTRUCTION", None, 480, ["SOVEREIGN_CLOUD"]),
    "sdaia-naqaa": ("PLANNED", None, None, ["SOVEREIGN_CLOUD"]),
    "datavolt-oxagon": ("ANNOUNCED", 300, 1500, ["AI"]),
    "datavolt-riyadh-modon": ("ANNOUNCED", None, None, ["AI"]),
    "google-cloud-dammam": ("OPERATIONAL", None, None, ["PUBLIC_CLOUD_REGION"]),
    "pif-google-ai-hub": ("ANNOUNCED", None, None, ["AI", "PUBLIC_CLOUD_REGION"]),
    "oracle-jeddah": ("OPERATIONAL", None, None, ["PUBLIC_CLOUD_REGION"]),
    "oracle-riyadh": ("ANNOUNCED", None, None, ["PUBLIC_CLOUD_REGION"]),
    "oracle-neom": ("PLANNED", None, None, ["PUBLIC_CLOUD_REGION"]),
    "microsoft-saudi-arabia-east": ("PLANNED", None, None, ["PUBLIC_CLOUD_REGION", "SOVEREIGN_CLOUD", "AI"]),
    "aws-saudi-region": ("ANNOUNCED", None, None, ["PUBLIC_CLOUD_REGION"]),
    "huawei-cloud-riyadh": ("OPERATIONAL", None, None, ["PUBLIC_CLOUD_REGION", "AI"]),
    "stc-alibaba-cloud": ("ANNOUNCED", None, None, ["PUBLIC_CLOUD_REGION"]),
    "center3-portfolio": ("OPERATIONAL", 125, None, ["COLOCATION"]),
    "edgnex-riyadh-dammam": ("UNDER_CONSTRUCTION", 20, 55, ["COLOCATION"]),
    "equinix-saudi": ("ANNOUNCED", 100, None, ["COLOCATION", "AI"]),
    "gulf-data-hub-ksa": ("OPERATIONAL", None, None, ["COLOCATION"]),
    "mis-saudi-data-center-fund-1": ("OPERATIONAL", 24, None, ["COLOCATION"]),
    "saudi-call-crownland": ("ANNOUNCED", None, 100, []),
    "aramco-dhahran-dc-pasqal": ("OPERATIONAL", None, None, ["QUANTUM"]),
    "kaust-shaheen-iii": ("OPERATIONAL", None, None, ["HPC"]),
}

# Sectors a data centre serves follow from what it offers; every one serves data-centres.
CAPABILITY_SECTOR = {
    "AI": "ai",
    "HPC": "hpc",
    "QUANTUM": "quantum",
    "SOVEREIGN_CLOUD": "cloud",
    "PUBLIC_CLOUD_REGION": "cloud",
}

# Only links a source states: Pasqal's computer is installed in Aramco's Dhahran data centre.
INITIATIVE_DATA_CENTRE = [("pasqal-aramco-quantum", "aramco-dhahran-dc-pasqal")]

ARABIC = re.compile("[\u0600-\u06FF]")
FRENCH = re.compile(r"\b(le|la|les|des|du|et|est|une|dans|avec|pour|sur|sera)\b", re.I)


def q(value):
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def date_of(text):
    """(start, end, precision) of a date given as YYYY, YYYY-MM or YYYY-MM-DD."""
    if text is None:
        return "NULL", "NULL", "NULL"
    parts = [int(p) for p in text.split("-")]
    precision = {1: "YEAR", 2: "MONTH", 3: "DAY"}[len(parts)]
    start = datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    if precision == "YEAR":
        end = datetime.date(start.year, 12, 31)
    elif precision == "MONTH":
        end = datetime.date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    else:
        end = start
    return f"DATE '{start}'", f"DATE '{end}'", q(precision)


def language_of(quote):
    if quote and ARABIC.search(quote):
        return "ar"
    if quote and len(FRENCH.findall(quote)) >= 2:
        return "fr"
    return "en"


def first_seen(seen, lang):
    return next((s["text"] for s in seen if s["lang"] == lang), None)


def join_notes(*notes):
    flat = []
    for note in notes:
        if isinstance(note, list):
            flat.extend(note)
        elif note:
            flat.append(note)
    return "\n".join(flat) if flat else None


def main():
    data = json.loads(SEED.read_text(encoding="utf-8"))
    out = ["-- Generated by src/main/seed/generate_seed.py from src/main/seed/catalogue-research.json.",
           "-- Do not edit by hand: regenerate, or correct the data in a later migration.", ""]
    sources = {}

    def source(s):
        key = (s["url"], s["quote"])
        if key not in sources:
            sources[key] = s
            full_date = s["publishedOn"] and len(s["publishedOn"]) == 10
            # A month-only publication date cannot be a DATE without inventing a day: keep it as a note.
            note = join_notes(s.get("dateAsShown") and "Date as shown: " + s["dateAsShown"], s.get("dateNote"),
                              s["publishedOn"] and not full_date and "Published: " + s["publishedOn"])
            published = "DATE " + q(s["publishedOn"]) if full_date else "NULL"
            out.append(
                "INSERT INTO source (url, publisher, published_on, language, quote, note, created_at, updated_at) "
                f"VALUES ({q(s['url'])}, {q(s['publisher'])}, {published}, {q(language_of(s['quote']))}, "
                f"{q(s['quote'])}, {q(note)}, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);")
        return key

    def link_sources(table, column, owner_table, slug, record):
        for s in record["sources"]:
            url, quote = source(s)
            quote_match = "s.quote IS NULL" if quote is None else f"s.quote = {q(quote)}"
            out.append(
                f"INSERT INTO {table} ({column}, source_id) SELECT o.id, s.id FROM {owner_table} o, source s "
                f"WHERE o.slug = {q(slug)} AND s.url = {q(url)} AND {quote_match} "
                f"AND NOT EXISTS (SELECT 1 FROM {table} x WHERE x.{column} = o.id AND x.source_id = s.id);")

    out.append("-- Sectors")
    for s in data["sectors"]:
        out.append(
            "INSERT INTO sector (slug, name_en, name_fr, name_ar, created_at, updated_at) VALUES "
            f"({q(s['id'])}, {q(s['name'])}, {q(first_seen(s['labelsAsSeen'], 'fr'))}, "
            f"{q(first_seen(s['labelsAsSeen'], 'ar'))}, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);")
        link_sources("sector_source", "sector_id", "sector", s["id"], s)

    out.append("\n-- Organisations")
    org_ids = set()
    for o in data["organisations"]:
        org_ids.add(o["id"])
        kind = "COMPANY" if o["type"].startswith("company") else ORG_TYPE[o["type"]]
        out.append(
            "INSERT INTO organisation (slug, name_en, name_fr, name_ar, acronym, country, type, type_note, note, "
            f"created_at, updated_at) VALUES ({q(o['id'])}, {q(o['name'])}, {q(first_seen(o['namesAsSeen'], 'fr'))}, "
            f"{q(first_seen(o['namesAsSeen'], 'ar'))}, {q(o['acronym'])}, {q(o['country'])}, {q(kind)}, "
            f"{q(o['type'])}, {q(o.get('notes'))}, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);")
        link_sources("organisation_source", "organisation_id", "organisation", o["id"], o)

    out.append("\n-- Data centres")
    for dc in data["dataCentres"]:
        status, initial, target, capabilities = DATA_CENTRE[dc["id"]]
        lat, lon = CITY.get(dc["city"], (None, None))
        partners, unresolved = [], []
        for p in dc["partners"] + dc["frenchPartners"]:
            slug = p.split(" (")[0]
            if slug in org_ids and slug == p:
                partners.append(slug)
            elif slug in org_ids:
                partners.append(slug)
                unresolved.append(p)
            else:
                unresolved.append(p)
        partners_note = "As reported: " + ", ".join(unresolved) if unresolved else None
        out.append(
            "INSERT INTO data_centre (slug, name_en, operator_id, partners_note, city, region, country, latitude, "
            "longitude, location_exact, status, status_note, capacity_mw, target_capacity_mw, capacity_note, opening_year, "
            "confidence, conflict_note, note, created_at, updated_at) "
            f"SELECT {q(dc['id'])}, {q(dc['name'])}, o.id, {q(partners_note)}, {q(dc['city'])}, {q(dc['region'])}, 'SA', "
            f"{q(lat)}, {q(lon)}, {q(False if lat is not None else None)}, {q(status)}, {q(dc['status'])}, "
            f"{q(initial)}, {q(target)}, {q(dc['capacityNote'])}, {q(dc['year'])}, {q(dc['confidence'].upper())}, "
            f"{q(join_notes(dc['conflicts']))}, {q(join_notes(dc['aiHpcSovereignNotes'], dc.get('notes')))}, "
            f"CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM organisation o WHERE o.slug = {q(dc['operator'])};")
        for cap in capabilities:
            out.append(
                "INSERT INTO data_centre_capability (data_centre_id, capability) "
                f"SELECT id, {q(cap)} FROM data_centre WHERE slug = {q(dc['id'])};")
        for sector in sorted({"data-centres"} | {CAPABILITY_SECTOR[c] for c in capabilities if c in CAPABILITY_SECTOR}):
            out.append(
                "INSERT INTO data_centre_sector (data_centre_id, sector_id) SELECT d.id, s.id FROM data_centre d, sector s "
                f"WHERE d.slug = {q(dc['id'])} AND s.slug = {q(sector)};")
        for partner in partners:
            out.append(
                "INSERT INTO data_centre_partner (data_centre_id, organisation_id) SELECT d.id, o.id "
                f"FROM data_centre d, organisation o WHERE d.slug = {q(dc['id'])} AND o.slug = {q(partner)};")
        link_sources("data_centre_source", "data_centre_id", "data_centre", dc["id"], dc)

    out.append("\n-- Initiatives")
    for i in data["initiatives"]:
        start, end, precision = date_of(i["date"])
        out.append(
            "INSERT INTO initiative (slug, title_en, summary_en, kind, kind_note, status, status_note, date_start, "
            "date_precision, date_end, date_note, confidence, conflict_note, note, created_at, updated_at) VALUES "
            f"({q(i['id'])}, {q(i['title'])}, {q(i['summary'])}, {q(KIND[i['kind']])}, {q(i['kind'])}, "
            f"{q(INITIATIVE_STATUS[i['status']])}, {q(i['status'])}, {start}, {precision}, {end}, "
            f"{q(i['dateNote'])}, {q(i['confidence'].upper())}, {q(join_notes(i.get('conflicts')))}, "
            f"{q(join_notes(i.get('sectorNote'), i.get('notes')))}, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);")
        for sector in i["sectors"]:
            out.append(
                "INSERT INTO initiative_sector (initiative_id, sector_id) SELECT i.id, s.id FROM initiative i, sector s "
                f"WHERE i.slug = {q(i['id'])} AND s.slug = {q(sector)};")
        for party in i["parties"]:
            out.append(
                "INSERT INTO initiative_party (initiative_id, organisation_id, acting_for, role) "
                f"SELECT i.id, o.id, {q(party['country'])}, {q(party.get('role'))} FROM initiative i, organisation o "
                f"WHERE i.slug = {q(i['id'])} AND o.slug = {q(party['org'])};")
        link_sources("initiative_source", "initiative_id", "initiative", i["id"], i)

    out.append("\n-- Initiative to data-centre links")
    for initiative, dc in INITIATIVE_DATA_CENTRE:
        out.append(
            "INSERT INTO initiative_data_centre (initiative_id, data_centre_id) SELECT i.id, d.id "
            f"FROM initiative i, data_centre d WHERE i.slug = {q(initiative)} AND d.slug = {q(dc)};")

    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(sources)} sources")


if __name__ == "__main__":
    main()
