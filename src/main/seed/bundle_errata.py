#!/usr/bin/env python3
"""Bundles a corrections hand-off (research-2026-12: research-2026-12.json and errata.json) into one file the service
imports (src/main/resources/research/<name>.json), applied once at startup to fresh and existing databases alike
(io.jisr.research.service.ResearchBootstrap), or sent to the importResearch mutation. Every errata list becomes a
section of the importer's (io.jisr.research.service.ResearchCorrections), each checked against what the research saw:

- sourcedTexts   -> corrections: the shown sourced text becomes an editorial correction; the source stays as evidence
- sources        -> sources: the address marked as a copy (MIRROR, NON_PUBLIC_HOST, BROKEN_URL) of its publisher
- sourceLanguages-> sources: the quote's language tag, changed where it is still the one the research saw
- sourceDetails  -> editorial: a name sourced by a URL alone, or by a quote that does not contain it, shown as
                    editorial unless a correction replaces it
- openingYears   -> updates: announced / expectedOpening / opened apart (the migration put the old year in
                    expectedOpening or opened by status)
- duplicates     -> relations: possible duplicates and overlaps, never a merge
- contradictions -> updates (expected dates that have passed, conflict notes citing both sides) and partners; the
                    editors' reading of each is in CONTRADICTIONS below

Run from the project root:
  python3 src/main/seed/bundle_errata.py ../shared/data/research-2026-12 research-2026-12
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[3]
source, name = pathlib.Path(sys.argv[1]), sys.argv[2]
research = json.loads((source / "research-2026-12.json").read_text(encoding="utf-8"))
errata = json.loads((source / "errata.json").read_text(encoding="utf-8"))
catalogue = json.loads((ROOT / "src/main/seed/catalogue-research.json").read_text(encoding="utf-8"))
records_2026_11 = json.loads((ROOT / "src/main/resources/research/research-2026-11-records.json")
                             .read_text(encoding="utf-8"))
CITED = [s for data in (catalogue, records_2026_11) for key in ("initiatives", "dataCentres", "organisations", "sectors")
         for r in data.get(key, []) for s in r["sources"]]


def cited(url_start, quote_part):
    """A source exactly as the catalogue cites it, found by the start of its URL and a part of its quote: a copy typed
    here would not match the catalogue's source, and the import would add a second one."""
    found = [s for s in CITED if s["url"].startswith(url_start) and quote_part in (s.get("quote") or "")]
    if not found:
        raise SystemExit(f"no cited source at {url_start} quoting {quote_part!r}")
    s = found[0]
    return {k: s[k] for k in ("url", "publisher", "publishedOn", "quote") if s.get(k) is not None}



def copy_kind(entry):
    problem = entry["problem"].lower()
    if "broken url" in problem:
        return "BROKEN_URL"
    if re.search(r"staging|development host|origin host|content-delivery", problem) or "//direct." in entry["url"]:
        return "NON_PUBLIC_HOST"
    return "MIRROR"


def original_publisher(entry, kind):
    """A mirror's original is the publisher it names in brackets ("WHBL (Reuters)"); another copy's is the publisher."""
    publisher = entry["publisher"] or ""
    if kind != "MIRROR":
        return re.sub(r"\s*\(.*", "", publisher).strip() or None
    inside = re.search(r"\(([^)]*)\)", publisher)
    named = re.sub(r"^mirror of an? |( article| English)$", "", inside.group(1)).strip() if inside else None
    if not named or named in ("French", "Arabic"):
        return None
    return named.replace("SPA", "Saudi Press Agency (SPA)")


sources = list({e["url"]: {"url": e["url"], "copyKind": copy_kind(e),
                           "originalPublisher": original_publisher(e, copy_kind(e))}
                for e in errata["sources"]}.values())
# sauress.com only mirrors other publishers (sourceDetails): its two URL-only sources are copies too.
for e in errata["sourceDetails"]:
    if "sauress.com" in e["url"] and all(s["url"] != e["url"] for s in sources):
        sources.append({"url": e["url"], "copyKind": "MIRROR",
                        "originalPublisher": "Al-Madina" if "/almadina/" in e["url"] else "Saudi Press Agency (SPA)"})
seen = set()
for e in errata["sourceLanguages"]:
    if (e["url"], e["quote"]) not in seen:
        seen.add((e["url"], e["quote"]))
        sources.append({"url": e["url"], "quote": e["quote"], "tagged": e["tagged"], "language": e["language"]})

corrections = [{"kind": e["kind"], "id": e["id"], "lang": e["lang"], "current": e["current"], "text": e["fix"]}
               for e in errata["sourcedTexts"]]
corrected = {(e["kind"], e["id"], e["lang"]) for e in corrections}
# A name whose source shows no quote containing it is the editors' until one does (sourceDetails).
editorial = research["editorial"] + [
    {"kind": e["kind"], "id": e["id"], "lang": e["lang"], "text": e["text"], "basis": "editorial",
     "note": e["problem"]}
    for e in errata["sourceDetails"] if (e["kind"], e["id"], e["lang"]) not in corrected]


def date(text):
    """The date a reading starts with: "2025-12-18 (MoU)" -> 2025-12-18, "2028 (phase 1)" -> 2028."""
    return None if text is None else re.match(r"\d{4}(-\d{2}(-\d{2})?)?", text).group(0)


def first_quote(evidence):
    items = evidence if isinstance(evidence, list) else [evidence]
    return next(({"url": i["url"], "quote": i["quote"]} for i in items if isinstance(i, dict)), None)


updates = list(research["updates"])
for e in errata["openingYears"]:
    year = re.search(r"opening_year (\d{4})", e["problem"]).group(1)
    reading = e["reading"]
    expected = date(reading["expectedOpening"])
    update = {"kind": "dataCentre", "id": e["id"], "field": "expectedOpening", "old": year, "new": expected}
    if expected:
        update["source"] = first_quote(e["evidence"])
    updates.append(update)
    updates.append({"kind": "dataCentre", "id": e["id"], "field": "announced", "old": None,
                    "new": date(reading["announced"])})

# The editors' reading of the contradictions (errata.json "contradictions"), each resolved with its evidence or kept
# as a conflict note citing both sides; the hand-off's own updates extend three conflict notes.
MEDIA = "https://wpstaging.mobileeurope.co.uk/edgnex-starts-its-1-billion-infrastructure-rollout-in-riyadh-saudi-arabia"
INVESTING = ("https://ng.investing.com/news/stock-market-news/saudi-ai-firm-humain-breaks-ground-on-first-data-centers-"
             "seeks-us-chips-2078743")
HUMAIN_Q2 = "expected to launch in the second quarter of 2026"
updates += [
    {"kind": "dataCentre", "id": "edgnex-riyadh-dammam", "field": "expectedOpening", "old": "2023", "new": "2023-Q3",
     "source": cited(MEDIA, "expected to go live in Q3, 2023")},
    {"kind": "dataCentre", "id": "edgnex-riyadh-dammam", "field": "capacityNote",
     "old": "20 MW Riyadh facility plus a further 35 MW announced Feb 2023 (sum computed here, not stated in source)",
     "new": "20 MW Riyadh facility plus a further 35 MW announced Feb 2023; the 55 MW total is stated by Gulf News",
     "source": dict(next(e for c in errata["contradictions"] if c["id"] == "edgnex-riyadh-dammam"
                         for e in c["evidence"] if isinstance(e, dict) and "gulfnews" in e["url"]),
                    publisher="Gulf News")},
    *[{"kind": "dataCentre", "id": slug, "field": "expectedOpening", "old": "2026", "new": "2026-Q2",
       "source": cited(INVESTING, HUMAIN_Q2)}
      for slug in ("humain-riyadh-1", "humain-dammam-1")],
    {"kind": "dataCentre", "id": "ics-arabia-desert-dragon", "field": "expectedOpening", "old": "2026", "new": "2026-03",
     "source": cited("https://www.datacenterdynamics.com/en/news/ics-arabia", "expected to be operational in March "
                                                                               "2026")},
    {"kind": "dataCentre", "id": "microsoft-saudi-arabia-east", "field": "expectedOpening", "old": "2026",
     "new": "2026-Q4",
     "source": cited("https://w.media/microsofts-saudi-arabia-datacenter-region", "three availability zones")},
    {"kind": "dataCentre", "id": "center3-humain-jv", "field": "conflicts",
     "old": ["Gulf Press describes the JV as already 'formed'; DCD-based and Tadawul-based reports describe an MoU, "
             "later extended, with the definitive JV not yet signed."],
     "new": ["Gulf Press describes the JV as already 'formed'; DCD-based and Tadawul-based reports describe an MoU, "
             "later extended, with the definitive JV not yet signed.",
             "Status kept ANNOUNCED (the MoU reading): the six-month extension from 18 June 2026 runs out in December "
             "2026; check the status then."],
     "source": cited("https://meatechwatch.com/", "The extension, effective from June 18")},
    {"kind": "initiative", "id": "aramco-digital-sophia-antipolis-2026", "field": "conflicts", "old": None,
     "new": ["Date: 2026 is the year of the planned centre; the date note places the announcement at Adopt AI (Paris, "
             "November 2025). No source quote gives the announcement date: an editor decides which the date is."],
     "source": cited("https://codecrafter.fr/fr/", "centre Aramco à Sophia Antipolis en 2026")},
]
NVIDIA_QUOTE = cited("https://www.benzinga.com/", "projected total capacity of up to 500 megawatts")
NVIDIA_CONFLICTS = [
    "May overlap with the dataset's 'humain-xai-500mw' (also NVIDIA-based, 500 MW) and with HUMAIN's first "
    "Riyadh/Dammam sites; sources do not say whether these are the same capacity.",
    "A separate AMD deal announced the same day is also described as '500 megawatts of AI compute capacity' over five "
    "years (Futuriom)."]
HEALTH_RELEASE = cited("https://www.thecityweekly.com.au/", "AlJalajel, Minister of Health")
updates += [
    {"kind": "dataCentre", "id": "humain-nvidia-ai-factories", "field": "conflicts", "old": NVIDIA_CONFLICTS,
     "new": NVIDIA_CONFLICTS + ["A chip-supply programme (NVIDIA GPUs over five years), not a facility: its up to "
                                "500 MW must not be added to facility totals."], "source": NVIDIA_QUOTE},
]

# Partners kept only in partners notes (contradictions): organisations a cited quote names are added and linked; the
# note keeps what says more than a name. saudi-fransi-capital and Crownland's partners stay in their notes: no quote
# seen names them.
SAUDI_STREETS = cited("https://saudistreets.com/", "supported by global investor Blackstone")
NATIONAL = cited("https://www.thenationalnews.com/", "venture capital fund eWTP Arabia Capital")
MEED = cited("https://guest.meed.com/", "KKR’s most recent commitment")
DCD = cited("https://www.datacenterdynamics.com/en/news/ics-arabia", "Shanghai Lummington and China Mobile")
# slug, English, Arabic (editorial: the form the Arabic press uses, or, as the house rules say for a brand with no
# established Arabic form, the brand itself), type, the research's wording, source.
NEW_ORGANISATIONS = [
    ("blackstone", "Blackstone", "بلاكستون", "INVESTOR", "global investor (backer of AirTrunk)", SAUDI_STREETS),
    ("ewtp-arabia-capital", "eWTP Arabia Capital", "eWTP Arabia Capital", "INVESTOR", "venture capital fund", NATIONAL),
    ("kkr", "KKR", "كيه كيه آر", "INVESTOR", "investor (stake in Gulf Data Hub)", MEED),
    ("shanghai-lumaotong", "Shanghai Lumaotong", "Shanghai Lumaotong", "COMPANY",
     "company (spelled 'Shanghai Lummington' by DCD)", DCD),
    ("china-mobile-international", "China Mobile International", "تشاينا موبايل إنترناشونال", "COMPANY",
     "telecommunications company", DCD),
]
organisations = [{"id": slug, "name": en, "acronym": None, "country": None, "type": wording, "sources": [cited],
                  "catalogue": {"type": kind}} for slug, en, ar, kind, wording, cited in NEW_ORGANISATIONS]
# Brand names stay as they are in French.
editorial += [{"kind": "organisation", "id": slug, "lang": lang, "text": text, "basis": "editorial",
               "note": "brand name" if text == en else "Arabic form of the brand"}
              for slug, en, ar, *_ in NEW_ORGANISATIONS for lang, text in (("fr", en), ("ar", ar))]
partners = [{"id": "humain-xai-500mw", "organisation": "nvidia"},
            {"id": "humain-airtrunk-campus", "organisation": "blackstone"},
            {"id": "stc-alibaba-cloud", "organisation": "ewtp-arabia-capital"},
            {"id": "gulf-data-hub-ksa", "organisation": "kkr"},
            {"id": "ics-arabia-desert-dragon", "organisation": "shanghai-lumaotong"},
            {"id": "ics-arabia-desert-dragon", "organisation": "china-mobile-international"}]
updates += [
    {"kind": "dataCentre", "id": "humain-airtrunk-campus", "field": "partnersNote", "old": "As reported: blackstone",
     "new": None, "source": SAUDI_STREETS},
    {"kind": "dataCentre", "id": "stc-alibaba-cloud", "field": "partnersNote",
     "old": "As reported: ewtp-arabia-capital", "new": None, "source": NATIONAL},
    {"kind": "dataCentre", "id": "ics-arabia-desert-dragon", "field": "partnersNote",
     "old": "As reported: shanghai-lumaotong (spelled 'Shanghai Lummington' by DCD), china-mobile-international, "
            "modon (land)",
     "new": "As reported: shanghai-lumaotong (spelled 'Shanghai Lummington' by DCD), modon (land)", "source": DCD},
    {"kind": "organisation", "id": "saudi-ministry-of-health", "field": "note", "old": None,
     "new": "Not linked to a record on purpose: the minister appears in the release on the three health agreements of "
            "2025 (seha-gustave-roussy-2025, hhc-france-biotech-2025, srca-aphp-2025), which name other signatories.",
     "source": HEALTH_RELEASE},
]

relations = [{"id": e["id"], "relation": e["link"]["relation"], "related": e["link"]["id"], "evidence": e["problem"],
              "source": first_quote(e["evidence"])} for e in errata["duplicates"]]
bundle = {"name": name, "organisations": organisations, "translations": research["translations"], "editorial": editorial,
          "displayTitles": research["displayTitles"], "updates": updates, "corrections": corrections,
          "sources": sources, "relations": relations, "partners": partners}
out = ROOT / "src/main/resources/research" / (name + ".json")
out.write_text(json.dumps(bundle, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{out}: {sum(len(v) for v in bundle.values() if isinstance(v, list))} entries")
