#!/usr/bin/env python3
"""Three replicas of the packaged application on one PostgreSQL: change events, cache freshness, the shared rate
limit, kill -9 and catch-up.

    python3 src/test/replicas/replicas_test.py --jar target/quarkus-app/quarkus-run.jar \
        --db-url jdbc:postgresql://127.0.0.1:5432/jisr_replicas --db-user jisr \
        --psql "psql -h 127.0.0.1 -p 5432 -U postgres -d jisr_replicas"

The jar must be built for PostgreSQL; the database must be empty. Checks, in order, exiting 1 at the first failure:
  1. a mutation on replica 1 reaches the catalogueChanged subscribers of replicas 2 and 3 (and 1), once each, and a
     list read on replica 3 that its response cache held before the change is fresh once the event is delivered;
  2. updates to one record reach every subscriber in commit order;
  3. replica 3's link to the changes is cut (pg_terminate_backend) while replica 2 commits changes: replica 3 replays
     them from the history, delivering each once, and its reads are fresh;
  4. writers on replica 1, kill -9 of replica 1: every acknowledged create is readable on replicas 2 and 3 and reached
     their subscribers; they keep serving;
  5. replica 1 started again serves the new data and receives changes made on replica 2;
  6. a rolling update (each replica replaced by a new one, SIGTERM to the old) under readers and a writer going
     through a readiness-following balancer fails no request;
  7. restarted with a low rate limit, the three count one client's requests together.
Prints events per second across the replicas, commit-to-subscriber latency p50/p99 and the cache invalidation delay.
"""
import argparse
import base64
import json
import os
import shlex
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "crash"))
from crash_test import free_port, wait_ready  # noqa: E402

SUBSCRIPTION = ("subscription { catalogueChanged(types: [ORGANISATION]) { change { operation recordId } "
                "record { id ... on Organisation { slug version } } } }")
CREATE = ("mutation($slug: String!) { createOrganisation(input: { slug: $slug, nameEn: \"Replica test\", "
          "type: OTHER }) { id slug version } }")
UPDATE = ("mutation($id: ID!, $version: Int!, $name: String!) { updateOrganisation(id: $id, version: $version, "
          "input: { nameEn: $name }) { version } }")
LIST = "{ organisations(first: 1, filter: { search: \"%s\" }) { totalCount edges { node { slug } } } }"
# The tests send many requests from one address and subject; the rate limit gets its own run (check 7).
UNLIMITED = {"JISR_RATE_LIMIT_REQUESTS_PER_MINUTE": "1000000000", "JISR_RATE_LIMIT_BURST": "1000000000"}
LIMITED = {"JISR_RATE_LIMIT_REQUESTS_PER_MINUTE": "60", "JISR_RATE_LIMIT_BURST": "20",
           "JISR_RATE_LIMIT_SYNC_INTERVAL": "PT0.2S"}


def mint(data_dir, subject, role, minutes=30):
    """A development token signed with the key pair in data_dir (created there if missing)."""
    return subprocess.run(["java", "src/main/dev/DevToken.java", subject, role, str(minutes)],
                          env=dict(os.environ, JISR_DATA_DIR=data_dir), check=True, capture_output=True,
                          text=True).stdout.strip()


def fail(message):
    raise SystemExit(f"FAILED: {message}")


class Replica:
    def __init__(self, name, jar, data_dir, env, work):
        self.name, self.jar, self.data_dir, self.env, self.work = name, jar, data_dir, env, work
        self.port = free_port()
        self.process = None

    def start(self):
        log = open(os.path.join(self.work, f"{self.name}.log"), "a")
        env = dict(os.environ, JISR_DATA_DIR=self.data_dir, QUARKUS_HTTP_PORT=str(self.port), **self.env)
        self.process = subprocess.Popen(["java", "-Xmx256m", "-jar", self.jar], env=env, stdout=log,
                                        stderr=subprocess.STDOUT)
        try:
            wait_ready(self.process, self.port, log, 180)
        except SystemExit as e:
            fail(f"{self.name}: {e}")
        return self

    def post(self, query, variables=None, bearer=None, check=True):
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/graphql", data=json.dumps({"query": query, "variables": variables or {}})
            .encode(), headers={"Content-Type": "application/json", "Accept": "application/json",
                                **({"Authorization": f"Bearer {bearer}"} if bearer else {})})
        try:
            with urllib.request.urlopen(request, timeout=15) as response:
                status, answer = response.status, json.loads(response.read())
        except urllib.error.HTTPError as e:
            status, answer = e.code, json.loads(e.read())
        if check and (status != 200 or answer.get("errors")):
            fail(f"{self.name} answered {status} {json.dumps(answer)[:300]}")
        return status, answer

    def stop(self, sig=signal.SIGTERM):
        if self.process and self.process.poll() is None:
            self.process.send_signal(sig)
            self.process.wait(timeout=60)


class Subscriber:
    """A graphql-transport-ws client on its own thread, recording (receipt time, event) pairs."""

    def __init__(self, replica):
        self.replica = replica
        self.events = []
        self.lock = threading.Lock()
        self.sock = socket.create_connection(("127.0.0.1", replica.port), timeout=10)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /graphql HTTP/1.1\r\nHost: 127.0.0.1:{replica.port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                           "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            fail(f"no WebSocket upgrade on {replica.name}: {head[:200]}")
        self.send({"type": "connection_init"})
        if self.receive()["type"] != "connection_ack":
            fail(f"no connection_ack from {replica.name}")
        self.send({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIPTION}})
        self.sock.settimeout(None)
        threading.Thread(target=self.read, daemon=True).start()
        time.sleep(0.5)  # the subscription is registered once the server has handled the message

    def send(self, message):
        payload = json.dumps(message).encode()
        mask = os.urandom(4)
        header = bytes([0x81]) + (bytes([0x80 | len(payload)]) if len(payload) < 126
                                  else bytes([0x80 | 126]) + len(payload).to_bytes(2, "big"))
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def frame(self):
        def exactly(n):
            data = b""
            while len(data) < n:
                chunk = self.sock.recv(n - len(data))
                if not chunk:
                    raise EOFError
                data += chunk
            return data
        first, second = exactly(2)
        length = second & 0x7F
        if length == 126:
            length = int.from_bytes(exactly(2), "big")
        elif length == 127:
            length = int.from_bytes(exactly(8), "big")
        return first & 0x0F, exactly(length)

    def receive(self):
        while True:
            opcode, data = self.frame()
            if opcode == 0x1:
                return json.loads(data)
            if opcode == 0x8:
                raise EOFError
            if opcode == 0x9:
                self.sock.sendall(bytes([0x8A, 0x80]) + os.urandom(4))

    def read(self):
        try:
            while True:
                message = self.receive()
                if message["type"] == "ping":
                    self.send({"type": "pong"})
                elif message["type"] == "next":
                    with self.lock:
                        self.events.append((time.time(), message["payload"]["data"]["catalogueChanged"]))
                elif message["type"] in ("error", "complete"):
                    print(f"  {self.replica.name} subscriber got {message}", flush=True)
                    return
        except (EOFError, OSError):
            return

    def slugs(self):
        with self.lock:
            return [e["record"]["slug"] for _, e in self.events if e["record"]]

    def wait_for(self, slugs, seconds=15):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if set(slugs) <= set(self.slugs()):
                return
            time.sleep(0.05)
        fail(f"{self.replica.name}'s subscriber missed {sorted(set(slugs) - set(self.slugs()))[:10]}")

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def start_all(replicas):
    failures = []

    def start(replica):
        try:
            replica.start()
        except SystemExit as e:
            failures.append(str(e))
    threads = [threading.Thread(target=start, args=(r,)) for r in replicas]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failures:
        fail("; ".join(failures))


def rolling_update(replicas, make_replica, editor):
    """Replaces every replica by a new one, one at a time (start the new, then SIGTERM the old), while readers and a
    writer go through a balancer that, like a Service's endpoints, sends requests only to replicas whose readiness
    it saw UP at its last look (every second). Returns the requests sent; fails on any failed request."""
    live = list(replicas)
    ready, stop, failures, sent = list(live), threading.Event(), [], [0]
    lock = threading.Lock()

    def watch():
        while not stop.is_set():
            seen = []
            for replica in list(live):
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{replica.port}/q/health/ready", timeout=1) as r:
                        if r.status == 200:
                            seen.append(replica)
                except OSError:
                    pass
            with lock:
                ready[:] = seen
            time.sleep(1)

    def client(n, write):
        i = 0
        while not stop.is_set():
            with lock:
                replica = ready[(n + i) % len(ready)] if ready else None
            if replica is None:
                failures.append("no replica ready")
                time.sleep(0.1)
                continue
            i += 1
            try:
                if write:
                    status, answer = replica.post(CREATE, {"slug": f"replica-rolling-{n}-{i}"}, editor, check=False)
                else:
                    status, answer = replica.post(LIST % "replica", check=False)
                if status != 200 or answer.get("errors"):
                    failures.append(f"{replica.name}: {status} {json.dumps(answer)[:200]}")
            except OSError as e:
                failures.append(f"{replica.name}: {e}")
            with lock:
                sent[0] += 1
    threads = [threading.Thread(target=watch)] + [threading.Thread(target=client, args=(n, n == 0))
                                                   for n in range(4)]
    for t in threads:
        t.start()
    try:
        for i, old in enumerate(list(replicas)):
            new = make_replica(f"{old.name}-v2")
            new.start()
            live.append(new)
            time.sleep(2)  # the balancer sees it
            old.stop()
            live.remove(old)
            replicas[i] = new
    finally:
        stop.set()
        for t in threads:
            t.join()
    if failures:
        fail(f"{len(failures)} of {sent[0]} requests failed during the rolling update: {failures[:5]}")
    return sent[0]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", required=True)
    parser.add_argument("--db-url", required=True)
    parser.add_argument("--db-user", default="jisr")
    parser.add_argument("--psql", required=True, help="command running psql on the same database as a superuser")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="jisr-replicas-")
    data_dir = os.path.join(work, "data")  # only the development key pair: every replica trusts the same key
    os.makedirs(data_dir)
    editor = mint(data_dir, "replica-editor", "editor")
    env = {"JISR_DB_URL": args.db_url, "JISR_DB_USERNAME": args.db_user, **UNLIMITED}
    replicas = [Replica(f"replica-{i}", args.jar, data_dir, env, work) for i in (1, 2, 3)]
    # Replica 3 waits longer before listening again, so that changes certainly happen while it is cut off (check 3).
    replicas[2].env = dict(env, JISR_CHANGE_FEED_RECONNECT_DELAY="PT3S")
    subscribers = []
    try:
        # Together, as a Deployment's pods start: one migrates and imports the research, the others wait for it.
        start_all(replicas)
        r1, r2, r3 = replicas
        print(f"== three replicas ready on ports {[r.port for r in replicas]}", flush=True)
        subscribers = [Subscriber(r) for r in replicas]

        # 1. Event fan-out, and a cached read on another replica made fresh by it, ten times.
        probe = LIST % "replica-fresh"
        delays, event_delays = [], []
        for i in range(10):
            for _ in range(3):  # kept the second time, served from the cache the third
                before = r3.post(probe)[1]["data"]["organisations"]["totalCount"]
            created = r1.post(CREATE, {"slug": f"replica-fresh-{i}"}, editor)[1]["data"]["createOrganisation"]
            acknowledged = time.time()
            while r3.post(probe)[1]["data"]["organisations"]["totalCount"] != before + 1:
                if time.time() - acknowledged > 10:
                    fail("replica 3 kept answering the list from before the change")
            delays.append((time.time() - acknowledged) * 1000)
            for s in subscribers:
                s.wait_for([f"replica-fresh-{i}"])
            event_delays.append((subscribers[2].events[-1][0] - acknowledged) * 1000)
            if r3.post(probe)[1]["data"]["organisations"]["totalCount"] != before + 1:
                fail("replica 3 answered the old count after the event was delivered")
        invalidation = f"p50 {statistics.median(delays):.0f} ms, max {max(delays):.0f} ms"
        print(f"1. 10 creates on replica 1 reached the subscribers of all three; replica 3's cached list was fresh "
              f"{invalidation} after each mutation answered (its subscriber had the event after p50 "
              f"{statistics.median(event_delays):.0f} ms, max {max(event_delays):.0f} ms)", flush=True)

        # 2. Order per record.
        version = created["version"]
        for name in ("Replica test A", "Replica test B", "Replica test C"):
            version = r1.post(UPDATE, {"id": created["id"], "version": version, "name": name}, editor)[1][
                "data"]["updateOrganisation"]["version"]
        # Each change once, in commit order; a record only as it was after its own change (a replica that reads a
        # change back after the next one committed sends it without the record), and the newest with it.
        expected = ["CREATE", "UPDATE", "UPDATE", "UPDATE"]
        for s in subscribers:
            deadline = time.time() + 15
            while time.time() < deadline:
                with s.lock:
                    of_record = [e for _, e in s.events if e["change"]["recordId"] == created["id"]]
                if len(of_record) >= 4:
                    break
                time.sleep(0.05)
            operations = [e["change"]["operation"] for e in of_record]
            versions = [e["record"] and e["record"]["version"] for e in of_record]
            first = created["version"]
            if (operations != expected or any(v is not None and v != first + i for i, v in enumerate(versions))
                    or versions[-1] != version):
                fail(f"{s.replica.name} got {list(zip(operations, versions))}, expected {expected} in commit order, "
                     f"each record at the version of its own change and the last at version {version}")
        print("2. a create and three updates of one record reached every subscriber once each, in commit order, each "
              "record as of its own change", flush=True)

        # 3. Replica 3 cut off from the changes while replica 2 commits: replayed from the history once back.
        pid = r3.process.pid
        terminated = subprocess.run(shlex.split(args.psql) + ["-tAc", "SELECT count(pg_terminate_backend(pid)) FROM "
                                    f"pg_stat_activity WHERE application_name = 'jisr change feed {pid}'"],
                                    check=True, capture_output=True, text=True).stdout.strip()
        if terminated != "1":
            fail(f"replica 3's listening session was not found ({terminated})")
        missed = [f"replica-missed-{i}" for i in range(5)]
        for slug in missed:
            r2.post(CREATE, {"slug": slug}, editor)
        subscribers[2].wait_for(missed, seconds=30)
        for s in subscribers:
            s.wait_for(missed)
            slugs = s.slugs()
            if any(slugs.count(slug) != 1 for slug in missed):
                fail(f"{s.replica.name} got the replayed changes more than once: {slugs}")
        if r3.post(LIST % "replica-missed")[1]["data"]["organisations"]["totalCount"] != len(missed):
            fail("replica 3 answers from before the changes it missed")
        print("3. replica 3, cut off while replica 2 created 5 records, replayed them from the history once each",
              flush=True)

        # 4. Writers on replica 1, kill -9, then every acknowledged create on replicas 2 and 3 and at their subscribers.
        acknowledged_at, stop = {}, threading.Event()

        def write(prefix):
            n = 0
            while not stop.is_set():
                slug = f"{prefix}-{n}"
                n += 1
                try:
                    status, answer = r1.post(CREATE, {"slug": slug}, editor, check=False)
                except OSError:
                    return
                if status == 200 and (answer.get("data") or {}).get("createOrganisation"):
                    acknowledged_at[slug] = time.time()
        writers = [threading.Thread(target=write, args=(f"replica-load-{w}",)) for w in range(4)]
        started = time.time()
        for w in writers:
            w.start()
        time.sleep(8)
        r1.process.send_signal(signal.SIGKILL)
        killed = time.time()
        stop.set()
        for w in writers:
            w.join()
        r1.process.wait()
        slugs = sorted(acknowledged_at)
        if len(slugs) < 10:
            fail(f"only {len(slugs)} creates were acknowledged before the kill")
        for s in subscribers[1:]:
            s.wait_for(slugs, seconds=30)
        latencies = []
        for s in subscribers[1:]:
            with s.lock:
                for at, event in s.events:
                    slug = event["record"] and event["record"]["slug"]
                    if slug in acknowledged_at:
                        latencies.append((at - acknowledged_at[slug]) * 1000)
        for replica in (r2, r3):
            for i in range(0, len(slugs), 10):
                batch = slugs[i:i + 10]
                query = "{ " + " ".join(f'o{j}: organisationBySlug(slug: "{slug}") {{ slug }}'
                                        for j, slug in enumerate(batch)) + " }"
                data = replica.post(query)[1]["data"]
                lost = [slug for j, slug in enumerate(batch) if not data[f"o{j}"]]
                if lost:
                    fail(f"{replica.name} does not have acknowledged creates {lost}")
        rate = len(slugs) / (killed - started)
        print(f"4. kill -9 of replica 1 under 4 writers: all {len(slugs)} acknowledged creates readable on replicas "
              f"2 and 3 and delivered to their subscribers; {rate:.0f} events/s reached each of the other replicas; "
              f"commit to subscriber p50 {statistics.median(latencies):.0f} ms, p99 {percentile(latencies, 99):.0f} "
              f"ms ({len(latencies)} deliveries)", flush=True)

        # 5. Replica 1 again: fresh data, and changes made elsewhere reach its subscribers.
        subscribers[0].close()
        r1.start()
        # A create the kill interrupted after its commit exists too, unacknowledged: compare with replica 2.
        counts = [r.post(LIST % "replica-load")[1]["data"]["organisations"]["totalCount"] for r in (r1, r2)]
        if counts[0] != counts[1] or counts[0] < len(slugs):
            fail(f"replica 1, started again, counts {counts[0]} creates, replica 2 {counts[1]}, acknowledged "
                 f"{len(slugs)}")
        late = Subscriber(r1)
        subscribers.append(late)
        r2.post(CREATE, {"slug": "replica-late-1"}, editor)
        late.wait_for(["replica-late-1"])
        print("5. replica 1 started again serves every acknowledged create and receives replica 2's changes",
              flush=True)
        # 6. A rolling update under load: no request fails.
        sent = rolling_update(replicas, lambda name: Replica(name, args.jar, data_dir, env, work), editor)
        print(f"6. rolling update of the three replicas under 3 readers and a writer: {sent} requests, none failed",
              flush=True)

        # 7. Restarted with a low rate limit (burst 20, 60 per minute), which must hold for one client across replicas.
        for replica in replicas:
            replica.stop()
            replica.env = dict(replica.env, **LIMITED)
        start_all(replicas)
        reader = mint(data_dir, "rate-probe", "reader")
        admitted, refused_by = 0, set()
        for _ in range(20):
            for replica in replicas:
                status, _ = replica.post("{ __typename }", bearer=reader, check=False)
                if status == 200:
                    admitted += 1
                elif status == 429:
                    refused_by.add(replica.name)
                else:
                    fail(f"{replica.name} answered {status} to a rate-limited client")
            time.sleep(0.5)
        # Alone, each replica would admit its burst of 20 plus 10 refilled: 60 of 60. Together: 20 + 10 refilled,
        # plus at most one round per sync while the client is over.
        if admitted > 40 or refused_by != {r.name for r in replicas}:
            fail(f"the rate limit is per replica: {admitted} of 60 admitted, refused by {sorted(refused_by)}")
        print(f"7. rate limit across replicas: {admitted} of 60 requests admitted (burst 20, 60/min), every replica "
              f"refused the client once it was over", flush=True)
        print(f"\nfigures: {rate:.0f} events/s to each subscriber across replicas; commit to subscriber p50 "
              f"{statistics.median(latencies):.0f} ms, p99 {percentile(latencies, 99):.0f} ms; cached read on another "
              f"replica fresh {invalidation} after the mutation answered")
    except SystemExit:
        for log in sorted(os.listdir(work)):
            if log.endswith(".log"):
                with open(os.path.join(work, log)) as f:
                    print(f"--- last lines of {log}\n" + "".join(f.readlines()[-30:]))
        raise
    finally:
        for s in subscribers:
            s.close()
        for replica in replicas:
            replica.stop()
        if os.environ.get("JISR_KEEP"):
            print(f"logs in {work}")


if __name__ == "__main__":
    main()
