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
HUMAIN_Q2 = ("The facilities in Riyadh and Dammam are expected to launch in the second quarter of 2026, each with an "
             "initial capacity of up to 100 megawatts, according to Chief Executive Officer Tareq Amin.")
updates += [
    {"kind": "dataCentre", "id": "edgnex-riyadh-dammam", "field": "expectedOpening", "old": "2023", "new": "2023-Q3",
     "source": {"url": MEDIA, "publisher": "Mobile Europe",
                "quote": "The facility will have a maximum IT load of 20 megawatts (MW) and will cover an area of "
                         "17,720 square metres. It’s expected to go live in Q3, 2023."}},
    {"kind": "dataCentre", "id": "edgnex-riyadh-dammam", "field": "capacityNote",
     "old": "20 MW Riyadh facility plus a further 35 MW announced Feb 2023 (sum computed here, not stated in source)",
     "new": "20 MW Riyadh facility plus a further 35 MW announced Feb 2023; the 55 MW total is stated by Gulf News",
     "source": {"url": "https://gulfnews.com/business/markets/dubais-damac-owned-data-centres-in-saudi-arabia-to-open-"
                       "before-end-2023-1.1675869164347", "publisher": "Gulf News",
                "quote": "Both facilities will deliver 55MW of IT capacity by 2025"}},
    *[{"kind": "dataCentre", "id": slug, "field": "expectedOpening", "old": "2026", "new": "2026-Q2",
       "source": {"url": INVESTING, "publisher": "Investing.com", "quote": HUMAIN_Q2}}
      for slug in ("humain-riyadh-1", "humain-dammam-1")],
    {"kind": "dataCentre", "id": "ics-arabia-desert-dragon", "field": "expectedOpening", "old": "2026", "new": "2026-03",
     "source": {"url": "https://www.datacenterdynamics.com/en/news/ics-arabia-breaks-ground-on-187mw-desert-dragon-project/",
                "publisher": "DatacenterDynamics",
                "quote": "The first phase will see the build of a 65MW facility in Riyadh, expected to be operational "
                         "in March 2026."}},
    {"kind": "dataCentre", "id": "microsoft-saudi-arabia-east", "field": "expectedOpening", "old": "2026",
     "new": "2026-Q4",
     "source": {"url": "https://w.media/microsofts-saudi-arabia-datacenter-region-to-become-available-for-cloud-"
                       "workloads-from-q4-2026", "publisher": "W.Media", "publishedOn": "2026-02-12",
                "quote": "The new Microsoft Azure cloud data center region, located in Saudi Arabia’s Eastern "
                         "Province, will include three availability zones, each with independent power, cooling, and "
                         "networking infrastructure."}},
    {"kind": "dataCentre", "id": "center3-humain-jv", "field": "conflicts",
     "old": ["Gulf Press describes the JV as already 'formed'; DCD-based and Tadawul-based reports describe an MoU, "
             "later extended, with the definitive JV not yet signed."],
     "new": ["Gulf Press describes the JV as already 'formed'; DCD-based and Tadawul-based reports describe an MoU, "
             "later extended, with the definitive JV not yet signed.",
             "Status kept ANNOUNCED (the MoU reading): the six-month extension from 18 June 2026 runs out in December "
             "2026; check the status then."],
     "source": {"url": "https://meatechwatch.com/2026/06/19/stc-and-humain-extend-talks-on-ai-data-center-joint-"
                       "venture-targeting-1gw-capacity/", "publisher": "MEA Tech Watch", "publishedOn": "2026-06-19",
                "quote": "The extension, effective from June 18, reflects the strategic scale and complexity of the "
                         "proposed project"}},
    {"kind": "initiative", "id": "aramco-digital-sophia-antipolis-2026", "field": "conflicts", "old": None,
     "new": ["Date: 2026 is the year of the planned centre; the date note places the announcement at Adopt AI (Paris, "
             "November 2025). No source quote gives the announcement date: an editor decides which the date is."],
     "source": {"url": "https://codecrafter.fr/fr/adoptai/sessions/building-intelligent-enterprise",
                "publisher": "codecrafter.fr (session review, French)",
                "quote": "Sur le fond : un écosystème IA français décentralisé, confirmé par l'annonce d'un centre "
                         "Aramco à Sophia Antipolis en 2026."}},
]
relations = [{"id": e["id"], "relation": e["link"]["relation"], "related": e["link"]["id"], "evidence": e["problem"],
              "source": first_quote(e["evidence"])} for e in errata["duplicates"]]
partners = [{"id": "humain-xai-500mw", "organisation": "nvidia"}]

bundle = {"name": name, "translations": research["translations"], "editorial": editorial,
          "displayTitles": research["displayTitles"], "updates": updates, "corrections": corrections,
          "sources": sources, "relations": relations, "partners": partners}
out = ROOT / "src/main/resources/research" / (name + ".json")
out.write_text(json.dumps(bundle, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{out}: {sum(len(v) for v in bundle.values() if isinstance(v, list))} entries")
