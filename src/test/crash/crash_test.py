#!/usr/bin/env python3
"""Crash test: every acknowledged mutation survives `kill -9`.

Starts the packaged jar, lets writers create organisations over HTTP with a development token, kills the process
with SIGKILL at a random moment, restarts it on the same data, and checks that every create the service acknowledged
is there, with its CREATE in the change history. Repeats for --kills rounds. Exits 1 when anything acknowledged is
lost. Prints the creates per second the writers reached, so durability settings can be compared.

    python3 src/test/crash/crash_test.py --jar target/quarkus-app/quarkus-run.jar [--kills 3] [--seconds 8]

Extra environment for the service (a PostgreSQL URL, say) passes through; on H2 the data lives in a temp directory.
"""
import argparse
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

WRITERS = 4


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(port, query, variables=None, token=None, timeout=10):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        data=json.dumps({"query": query, "variables": variables or {}}).encode(),
        headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


def start(jar, data_dir, port, log):
    env = dict(os.environ, JISR_DATA_DIR=data_dir, QUARKUS_HTTP_PORT=str(port),
               JISR_RATE_LIMIT_REQUESTS_PER_MINUTE="10000000", JISR_RATE_LIMIT_BURST="10000000")
    return wait_ready(subprocess.Popen(["java", "-jar", jar], env=env, stdout=log, stderr=subprocess.STDOUT), port,
                      log)


def wait_ready(process, port, log, seconds=120):
    """The process once its readiness is UP; exits (killing it) when it stops or is not ready in time."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the service exited with {process.returncode}; see {log.name}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready", timeout=2) as r:
                if r.status == 200:
                    return process
        except OSError:
            pass
        time.sleep(0.5)
    process.kill()
    raise SystemExit(f"the service did not become ready in {seconds} s")


def token(data_dir):
    env = dict(os.environ, JISR_DATA_DIR=data_dir)
    return subprocess.run(["java", "src/main/dev/DevToken.java", "crash-writer", "editor", "60"], env=env,
                          check=True, capture_output=True, text=True).stdout.strip()


def write(port, bearer, prefix, acknowledged, stop):
    create = ("mutation($slug: String!) { createOrganisation(input: { slug: $slug, nameEn: \"Crash test\", "
              "type: OTHER }) { slug } }")
    n = 0
    while not stop.is_set():
        slug = f"{prefix}-{n}"
        n += 1
        try:
            answer = post(port, create, {"slug": slug}, bearer)
        except OSError:
            return  # the service is gone: whatever was not answered was not acknowledged
        if (answer.get("data") or {}).get("createOrganisation"):
            acknowledged.append(slug)


def missing(port, slugs):
    lost = []
    for i in range(0, len(slugs), 10):  # the endpoint allows one field 10 times per selection
        batch = slugs[i:i + 10]
        query = "{ " + " ".join(
            f'o{j}: organisationBySlug(slug: "{slug}") {{ history(first: 1) {{ edges {{ node {{ operation actor }} }} }} }}'
            for j, slug in enumerate(batch)) + " }"
        answer = post(port, query)
        if "data" not in answer or answer.get("errors"):
            raise SystemExit(f"the check failed: {answer}")
        data = answer["data"]
        for j, slug in enumerate(batch):
            record = data[f"o{j}"]
            edges = record["history"]["edges"] if record else []
            if not edges or edges[0]["node"] != {"operation": "CREATE", "actor": "crash-writer"}:
                lost.append(slug)
    return lost


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", required=True)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=8, help="longest time of writing before a kill")
    parser.add_argument("--seed", type=int, default=20261129)
    args = parser.parse_args()
    random.seed(args.seed)
    data_dir = tempfile.mkdtemp(prefix="jisr-crash-")
    port = free_port()
    acknowledged_total = 0
    lost_total = 0
    written_seconds = 0.0
    with open(os.path.join(data_dir, "service.log"), "w") as log:
        process = start(args.jar, data_dir, port, log)
        bearer = token(data_dir)
        for round_ in range(1, args.kills + 1):
            acknowledged, stop = [], threading.Event()
            writers = [threading.Thread(target=write, args=(port, bearer, f"crash-{round_}-{w}", acknowledged, stop))
                       for w in range(WRITERS)]
            began = time.time()
            for writer in writers:
                writer.start()
            time.sleep(random.uniform(args.seconds / 2, args.seconds))
            process.send_signal(signal.SIGKILL)  # no shutdown hook, no flush: a crash
            process.wait()
            written_seconds += time.time() - began
            stop.set()
            for writer in writers:
                writer.join()
            process = start(args.jar, data_dir, port, log)
            lost = missing(port, list(acknowledged))
            acknowledged_total += len(acknowledged)
            lost_total += len(lost)
            print(f"round {round_}: {len(acknowledged)} creates acknowledged before kill -9, {len(lost)} lost"
                  + (f" (e.g. {lost[:3]})" if lost else ""))
        process.terminate()
        process.wait()
    print(f"crash test: {acknowledged_total} acknowledged creates, {lost_total} lost, over {args.kills} kills; "
          f"{acknowledged_total / written_seconds:.0f} creates/s with {WRITERS} writers")
    sys.exit(1 if lost_total else 0)


if __name__ == "__main__":
    main()
