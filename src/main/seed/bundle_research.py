#!/usr/bin/env python3
"""Bundles the translations of a research hand-off (translations.json, editorial.json, display-titles.json) and its
updates to existing records (new-records.json "updates") into the one file the service imports: src/main/resources/research/<name>.json, applied once at startup
(io.jisr.research.service.ResearchBootstrap) or sent to the importResearch mutation.

Only entries for records of the catalogue (catalogue-research.json) are bundled: the importer takes translations of
existing records; the hand-off's new records (new-records.json) and their translations are not imported yet. The
names the starting catalogue's research saw in a source (labelsAsSeen, namesAsSeen) come first, so the translations
V2 loaded get that source as their provenance.

Run from the project root:
  python3 src/main/seed/bundle_research.py ../shared/data/research-2026-11 research-2026-11
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[3]
source, name = pathlib.Path(sys.argv[1]), sys.argv[2]
catalogue = json.loads((ROOT / "src/main/seed/catalogue-research.json").read_text(encoding="utf-8"))
known = {(kind, record["id"]) for kind, key in
         (("initiative", "initiatives"), ("dataCentre", "dataCentres"), ("organisation", "organisations"),
          ("sector", "sectors")) for record in catalogue[key]}


def entries(file):
    return [e for e in json.loads((source / file).read_text(encoding="utf-8")) if (e["kind"], e["id"]) in known]


def seen_in_sources():
    seen = []
    for kind, key in (("initiative", "initiatives"), ("dataCentre", "dataCentres"), ("organisation", "organisations"),
                      ("sector", "sectors")):
        for record in catalogue[key]:
            for label in (record.get("labelsAsSeen") or []) + (record.get("namesAsSeen") or []):
                source = next((s for s in record["sources"] if s["url"] == label["url"]), {})
                seen.append({"kind": kind, "id": record["id"], "lang": label["lang"], "text": label["text"],
                             "url": label["url"], "publisher": source.get("publisher"),
                             "publishedOn": source.get("publishedOn"), "quote": source.get("quote")})
    return seen


bundle = {
    "name": name,
    "translations": seen_in_sources() + entries("translations.json"),
    "editorial": entries("editorial.json"),
    "displayTitles": entries("display-titles.json"),
    "updates": [u for u in json.loads((source / "new-records.json").read_text(encoding="utf-8")).get("updates", [])
                if (u["kind"], u["id"]) in known],
}
out = ROOT / "src/main/resources/research" / (name + ".json")
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(json.dumps(bundle, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{out}: {sum(len(v) for v in bundle.values() if isinstance(v, list))} entries")
