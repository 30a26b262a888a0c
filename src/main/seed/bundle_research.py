#!/usr/bin/env python3
"""Bundles a research hand-off into the files the service imports (src/main/resources/research/), each applied once
at startup (io.jisr.research.service.ResearchBootstrap) or sent to the importResearch mutation:

- <name>.json: translations (translations.json, editorial.json, display-titles.json) and updates (new-records.json
  "updates") of the starting catalogue's records (catalogue-research.json). The names its research saw in a source
  (labelsAsSeen, namesAsSeen) come first, so the translations V2 loaded get that source as their provenance.
- <name>-records.json: the hand-off's new records (new-records.json) with the editors' reading of their free text
  onto the catalogue's vocabularies ("catalogue" below, as generate_seed.py does for the starting catalogue; the
  wording itself stays in the records' notes), their translations, and the editors' updates to existing records.
  A separate file because databases that already applied <name>.json must still get it.

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


def entries(file, keep=lambda kind_and_id: kind_and_id in known):
    return [e for e in json.loads((source / file).read_text(encoding="utf-8")) if keep((e["kind"], e["id"]))]


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


# The editors' reading of the new records' free text (kind, status, type) onto the closed vocabularies.
NEW_ORGANISATION_TYPE = {
    "aramco-ventures": "INVESTOR", "amd": "COMPANY", "cisco": "COMPANY", "luma-ai": "START_UP",
    "infra-saudi": "INVESTOR", "aramco-digital": "COMPANY", "groq": "COMPANY", "ics-arabia": "COMPANY",
    "nvidia": "COMPANY", "nupco": "COMPANY", "sudair-pharma": "COMPANY",
}
# id: (kind, status)
NEW_INITIATIVE = {
    "aramco-ventures-paris-office-2025": ("INVESTMENT", "ANNOUNCED"),
    "sanofi-sudair-nupco-insulin": ("CONTRACT", "SIGNED"),
    "aramco-digital-sophia-antipolis-2026": ("INVESTMENT", "ANNOUNCED"),
}
# id: (status, initial/current MW, target MW, capabilities); the capacity notes keep the wording.
NEW_DATA_CENTRE = {
    "humain-amd-cisco-jv-100mw": ("ANNOUNCED", 100, None, ["AI"]),
    "humain-infra-250mw": ("ANNOUNCED", None, 250, ["AI"]),
    "aramco-digital-groq-inference": ("ANNOUNCED", None, None, ["AI"]),
    "ics-arabia-desert-dragon": ("UNDER_CONSTRUCTION", 65, 187, ["AI", "COLOCATION"]),
    "humain-nvidia-ai-factories": ("ANNOUNCED", None, 500, ["AI"]),
    "humain-aws-ai-zone": ("ANNOUNCED", None, None, ["AI", "PUBLIC_CLOUD_REGION"]),
    "sdaia-nvidia-sovereign-ai-factory": ("ANNOUNCED", None, None, ["AI", "SOVEREIGN_CLOUD"]),
}
# As in generate_seed.py: a data centre serves data-centres and the sectors of what it offers.
CAPABILITY_SECTOR = {"AI": "ai", "HPC": "hpc", "QUANTUM": "quantum", "SOVEREIGN_CLOUD": "cloud",
                     "PUBLIC_CLOUD_REGION": "cloud"}

new = json.loads((source / "new-records.json").read_text(encoding="utf-8"))
for o in new["organisations"]:
    o["catalogue"] = {"type": NEW_ORGANISATION_TYPE[o["id"]]}
for i in new["initiatives"]:
    kind, status = NEW_INITIATIVE[i["id"]]
    i["catalogue"] = {"kind": kind, "status": status}
for dc in new["dataCentres"]:
    status, initial, target, capabilities = NEW_DATA_CENTRE[dc["id"]]
    sectors = sorted({"data-centres"} | {CAPABILITY_SECTOR[c] for c in capabilities if c in CAPABILITY_SECTOR})
    dc["catalogue"] = {"status": status, "capacityMw": initial, "targetCapacityMw": target,
                       "capabilities": capabilities, "sectors": sectors, "country": "SA"}
nvidia = next(dc for dc in new["dataCentres"] if dc["id"] == "humain-nvidia-ai-factories")
# The overlap the research flags on the new record, shown on the existing one too (issue 14: doubts stay visible).
editors_updates = [{
    "kind": "dataCentre", "id": "humain-xai-500mw", "field": "conflicts", "old": [],
    "new": ["May overlap with 'humain-nvidia-ai-factories' (HUMAIN – NVIDIA 'AI factories', also NVIDIA-based, up to "
            "500 MW); sources do not say whether these are the same capacity."],
    "source": nvidia["sources"][0]}]
new_ids = {(kind, r["id"]) for kind, key in (("initiative", "initiatives"), ("dataCentre", "dataCentres"),
                                             ("organisation", "organisations")) for r in new[key]}
records = {
    "name": name + "-records",
    "organisations": new["organisations"],
    "dataCentres": new["dataCentres"],
    "initiatives": new["initiatives"],
    "translations": entries("translations.json", new_ids.__contains__),
    "editorial": entries("editorial.json", new_ids.__contains__),
    "displayTitles": entries("display-titles.json", new_ids.__contains__),
    "updates": editors_updates,
}

bundle = {
    "name": name,
    "translations": seen_in_sources() + entries("translations.json"),
    "editorial": entries("editorial.json"),
    "displayTitles": entries("display-titles.json"),
    "updates": [u for u in json.loads((source / "new-records.json").read_text(encoding="utf-8")).get("updates", [])
                if (u["kind"], u["id"]) in known],
}
for content in (bundle, records):
    out = ROOT / "src/main/resources/research" / (content["name"] + ".json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(content, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {sum(len(v) for v in content.values() if isinstance(v, list))} entries")
