#!/usr/bin/env python3
"""Database outage drill: while the database is down, reads and mutations answer 503 UNAVAILABLE with Retry-After,
quickly, and readiness is down without revealing the database address or driver messages; once the database is back,
the service recovers by itself.

    python3 src/test/crash/outage_test.py --jar target/quarkus-app/quarkus-run.jar \
        --stop-db "pg_ctl … stop -m immediate" --start-db "pg_ctl … start"

The service takes its database settings from the environment (JISR_DB_URL, …), as in production.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
from crash_test import free_port, start, token  # noqa: E402


def call(port, query, bearer=None):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql", data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json", "Accept": "application/json",
                 **({"Authorization": f"Bearer {bearer}"} if bearer else {})})
    began = time.time()
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, dict(r.headers), r.read().decode(), time.time() - began
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode(), time.time() - began


def ready(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready", timeout=10) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", required=True)
    parser.add_argument("--stop-db", required=True)
    parser.add_argument("--start-db", required=True)
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="jisr-outage-")
    port = free_port()
    failures = []
    read = "{ initiatives(first: 3) { totalCount edges { node { slug } } } }"
    create = 'mutation { createOrganisation(input: { slug: "outage-drill", nameEn: "Outage", type: OTHER }) { slug } }'
    with open(os.path.join(data_dir, "service.log"), "w") as log:
        process = start(args.jar, data_dir, port, log)
        bearer = token(data_dir)
        status, _, body, _ = call(port, read)
        if status != 200 or '"errors"' in body:
            failures.append(f"before the outage: {status} {body[:200]}")
        subprocess.run(args.stop_db, shell=True, check=True)
        try:
            for name, query, who in (("read", read, None), ("mutation", create, bearer)):
                status, headers, body, seconds = call(port, query, who)
                print(f"{name} during the outage: HTTP {status} in {seconds:.1f} s: {body[:160]}")
                if status != 503 or '"UNAVAILABLE"' not in body or "Retry-After" not in headers:
                    failures.append(f"{name}: expected 503 UNAVAILABLE with Retry-After, got {status} {body[:200]}")
                if seconds > 5:
                    failures.append(f"{name}: took {seconds:.1f} s")
            status, body = ready(port)
            print(f"readiness during the outage: HTTP {status}: {body[:200]}")
            leaked = [word for word in ("127.0.0.1", "5432", "jdbc", "PSQL", "Exception", "postgres") if word in body]
            if status != 503 or leaked:
                failures.append(f"readiness: {status}, leaks {leaked}")
        finally:
            subprocess.run(args.start_db, shell=True, check=True)
        deadline = time.time() + 60
        while time.time() < deadline:
            status, _, body, _ = call(port, read)
            if status == 200 and '"errors"' not in body and ready(port)[0] == 200:
                print(f"recovered {60 - (deadline - time.time()):.1f} s after the database came back")
                break
            time.sleep(0.5)
        else:
            failures.append("no recovery within 60 s")
        process.terminate()
        process.wait()
    for failure in failures:
        print("FAILED:", failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
