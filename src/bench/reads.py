#!/usr/bin/env python3
"""Read benchmark: Jisr against PostGraphile on the same PostgreSQL, with nginx serving Jisr's answer as the ceiling.

    python3 src/bench/reads.py [--query page|dashboard] [--synthetic 100000] [--duration 30] [--skip-build]
    python3 src/bench/reads.py --warm-up ["--jvm=-Xmx256m"] ["--jvm=/path/to/java25 -XX:AOTCache=/tmp/a.aot ..."]

Starts a throwaway PostgreSQL 15 (runs as root: initdb goes through runuser), builds Jisr for PostgreSQL (unless
--skip-build) and starts it on that database, which it migrates and seeds; adds --synthetic initiatives (2 sectors and
2 parties each) with SQL; starts PostGraphile 4.14.1 (src/bench/peer/package.json) on the same tables, and nginx
serving Jisr's response bytes from a file. Each server runs pinned to CPU 0, PostgreSQL and wrk to CPU 1. The query
(--query, see QUERIES): a list page (the first 20 initiatives with totalCount, title, status, date, sectors with names,
partners with organisation names) or a dashboard (counts per status, kind and sector, value totals, megawatts per
status and the first page; PostGraphile with @graphile/pg-aggregates). Two workloads: distinct (every request has its own alias, so no cache can answer it) and repeated (the same
body every time). Every server is warmed up until its throughput stops rising, every response shape is checked (no
errors, a full page of 20 edges or all there are) before timing, then Jisr and PostGraphile are measured in alternating
rounds (--rounds of --duration seconds each), so a swing of the machine's speed falls on both. Printed: the medians of
requests/s, p50, p99 and CPU time per request, and the median of the rounds' ratios to PostGraphile and to nginx.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BENCH = os.path.join(ROOT, "src", "bench")
PG_BIN = "/usr/lib/postgresql/15/bin"
SERVER_CPU, LOAD_CPU = "0", "1"
# The JVM settings of the container image (docker/Dockerfile.jvm: JAVA_OPTS and MALLOC_ARENA_MAX), read from it so the
# memory figure is the one production sees; JISR_BENCH_JVM replaces the options.
with open(os.path.join(ROOT, "docker", "Dockerfile.jvm")) as dockerfile:
    IMAGE = dockerfile.read()
JVM_OPTIONS = os.environ.get("JISR_BENCH_JVM", re.search(r'ENV JAVA_OPTS="([^"]*)"', IMAGE).group(1)).split()
JVM_ENV = dict(re.findall(r"^ENV (MALLOC_ARENA_MAX)=(\S+)$", IMAGE, re.M))

# Each query names its answer with the alias %s (every %s is replaced by it): its first root field is the page checked.
QUERIES = {
    # A list screen: the first page of 20 initiatives with their relations.
    "page": (
        "{ %s: initiatives(first: 20) { totalCount edges { node { title { text } status date { text } "
        "sectors { name { text } } partners { organisation { name { text } } } } } } }",
        "{ %s: initiatives(first: 20, orderBy: [DATE_START_DESC, ID_DESC]) { totalCount edges { node { "
        "titleEn status dateStart initiativeSectors { nodes { sector { nameEn } } } "
        "initiativeParties { nodes { organisation { nameEn } } } } } } }"),
    # A dashboard: counts per status, kind and sector, stated values per currency, the data centres' megawatts per
    # status, and the first page; PostGraphile answers the counts with @graphile/pg-aggregates' groupedAggregates.
    "dashboard": (
        "{ %s: initiatives(first: 20) { totalCount facets { statuses { value count } kinds { value count } "
        "sectors { value count } } valueTotals { currency count sum } edges { node { title { text } status } } } "
        "%s_dc: dataCentres { capacity { status dataCentres capacityMw { sum } targetCapacityMw { sum } } } }",
        "{ %s: initiatives(first: 20, orderBy: [DATE_START_DESC, ID_DESC]) { totalCount "
        "statuses: groupedAggregates(groupBy: [STATUS]) { keys distinctCount { id } } "
        "kinds: groupedAggregates(groupBy: [KIND]) { keys distinctCount { id } } "
        # Initiatives without a stated value make a group with a null key, which the plugin cannot answer: left out.
        "values: groupedAggregates(groupBy: [VALUE_CURRENCY], having: { sum: { valueAmount: { greaterThan: \"0\" } } }) "
        "{ keys distinctCount { id } sum { valueAmount } } "
        "edges { node { titleEn status } } } "
        "%s_sectors: initiativeSectors { groupedAggregates(groupBy: [SECTOR_ID]) { keys distinctCount { initiativeId } } } "
        "%s_dc: dataCentres { groupedAggregates(groupBy: [STATUS]) { keys distinctCount { id } "
        "sum { capacityMw targetCapacityMw } } } }"),
}

WRK_SCRIPT = r"""
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
local template = [[%s]]
local distinct = %s
local counter = 0
local id = 0
-- Each wrk run has its own prefix (set by reads.py), so a run never repeats an alias of an earlier run: no server's
-- document or response cache can answer a "distinct" request from the warm-up.
local run = os.getenv("JISR_BENCH_RUN") or "0"
setup = function(thread) thread:set("id", id); id = id + 1 end
request = function()
  local alias = "page"
  if distinct then
    counter = counter + 1
    alias = "r" .. run .. "_" .. id .. "_" .. counter
  end
  return wrk.format(nil, nil, nil, '{"query": "' .. template:gsub("%%%%s", alias) .. '"}')
end
"""


AS_POSTGRES = ["runuser", "-u", "postgres", "--"]


def start_postgres(work):
    """A throwaway PostgreSQL in work/pg on CPU LOAD_CPU with an empty database jisr; returns its port and psql."""
    subprocess.run(["chown", "postgres", work], check=True)
    port, data = free_port(), os.path.join(work, "pg")
    subprocess.run(AS_POSTGRES + [f"{PG_BIN}/initdb", "-D", data, "--auth=trust", "-U", "postgres", "-E", "UTF8",
                                  "--locale=C.UTF-8"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(AS_POSTGRES + ["taskset", "-c", LOAD_CPU, f"{PG_BIN}/pg_ctl", "-D", data, "-o",
                                  f"-p {port} -k {work} -c listen_addresses=127.0.0.1 -c max_connections=200",
                                  "-l", os.path.join(work, "pg.log"), "-w", "start"], check=True,
                   stdout=subprocess.DEVNULL)
    psql = AS_POSTGRES + [f"{PG_BIN}/psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-q"]
    subprocess.run(psql + ["-c", "CREATE ROLE jisr LOGIN", "-c", "CREATE DATABASE jisr OWNER jisr"], check=True)
    return port, psql


def stop_postgres(work):
    subprocess.run(AS_POSTGRES + [f"{PG_BIN}/pg_ctl", "-D", os.path.join(work, "pg"), "-m", "immediate", "stop"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, seconds=120, data=None):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(urllib.request.Request(url, data=data, headers={
                    "Content-Type": "application/json"}), timeout=5) as r:
                if r.status == 200:
                    return
        except Exception:
            pass
        time.sleep(0.5)
    raise SystemExit(f"{url} did not come up")


def start_jisr(app, pg_port, work, log, command=None, wait=True):
    """Starts the Jisr build in app (a quarkus-app directory built for PostgreSQL) on the throwaway database, pinned to
    the server CPU with the container image's JVM settings (or command: the java executable and its options), and
    waits until it is ready. Returns (process, /graphql URL). The first start migrates and seeds the database."""
    port = free_port()
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(port), JISR_DATA_DIR=work,
               JISR_DB_URL=f"jdbc:postgresql://127.0.0.1:{pg_port}/jisr", JISR_DB_USERNAME="jisr",
               # One client sends everything here; the rate limit has tests of its own.
               JISR_RATE_LIMIT_REQUESTS_PER_MINUTE="1000000000", JISR_RATE_LIMIT_BURST="1000000000", **JVM_ENV)
    process = subprocess.Popen(["taskset", "-c", SERVER_CPU] + (command or ["java"] + JVM_OPTIONS)
                               + ["-jar", "quarkus-run.jar"],
                               cwd=app, env=env, stdout=open(os.path.join(work, log), "a"), stderr=subprocess.STDOUT)
    if wait:
        wait_for(f"http://127.0.0.1:{port}/q/health/ready", 180)
    return process, f"http://127.0.0.1:{port}/graphql"


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def post(url, query):
    body = json.dumps({"query": query}).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json",
                                                              "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.read()
    except urllib.error.HTTPError as e:
        raise SystemExit(f"{url}: HTTP {e.code} {e.read()[:400]!r}") from e


def check(name, url, template, alias):
    answer = json.loads(post(url, template.replace("%s", alias)))
    page = (answer.get("data") or {}).get(alias) or {}
    edges = page.get("edges")
    if answer.get("errors") or not edges or len(edges) != min(20, page.get("totalCount", -1)):
        raise SystemExit(f"{name}: unexpected answer {json.dumps(answer)[:400]}")


RUNS = iter(range(1, 1_000_000))


def wrk(url, script, seconds, connections=16, failures_allowed=False):
    out = subprocess.run(["taskset", "-c", LOAD_CPU, "wrk", "-t1", f"-c{connections}", f"-d{seconds}s",
                          "--latency", "-s", script, url], capture_output=True, text=True, check=True,
                         env={**os.environ, "JISR_BENCH_RUN": str(next(RUNS))}).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors and not failures_allowed:
        raise SystemExit(f"{url}: {errors.group(1)} failed responses\n{out}")
    if errors:
        print(f"  {errors.group(1)} failed responses (a cold server timing out)", flush=True)

    def latency(p):
        value, unit = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", out).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    return rps, latency(50), latency(99)


def compile_seconds(pid):
    """Seconds the JVM's JIT compilers have worked so far (jstat -compiler), or None for other servers."""
    if pid is None:
        return None
    out = subprocess.run(["jstat", "-compiler", str(pid)], capture_output=True, text=True, check=True).stdout
    return float(out.split("\n")[1].split()[3])


def warm_up(name, url, script, pid=None, max_rounds=36, round_seconds=20):
    """Rounds of load until two rounds in a row beat the best before them by less than 3% and, for a JVM (pid), its JIT
    compilers worked less than 5% of the last round. On one core the compilers share the CPU with the requests and
    Jisr's distinct workload plateaus for a minute before C2 finishes the hot paths and throughput doubles, so
    throughput alone stops the warm-up too early."""
    history = []
    compiled = compile_seconds(pid)
    for i in range(max_rounds):
        # Not measured: a cold JVM on one core may time out on heavy queries until the JIT has compiled them.
        rps, _, _ = wrk(url, script, round_seconds, failures_allowed=True)
        history.append(rps)
        now = compile_seconds(pid)
        jit_busy = now is not None and now - compiled > 0.05 * round_seconds
        print(f"  warm-up {name} round {i + 1}: {rps:.0f} requests/s"
              + (f", JIT {now - compiled:.1f} s" if now is not None else ""), flush=True)
        compiled = now
        if len(history) >= 3 and max(history[-2:]) < max(history[:-2]) * 1.03 and not jit_busy:
            return


def cpu_seconds(pid):
    """CPU time (user + system) a process has used so far, from /proc/<pid>/stat."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def alternate(servers, rounds, seconds):
    """Measures servers, a list of (name, url, script, pid or None), in alternating rounds (A B, B A, ...), so a swing of this
    machine's speed (a fifth between 20 s rounds here) falls on all of them alike. Returns per server the rounds'
    (requests/s, p50, p99, CPU ms per request); the CPU time is the server process's own, from /proc."""
    results = {name: [] for name, _, _, _ in servers}
    for k in range(rounds):
        for name, url, script, pid in (servers if k % 2 == 0 else servers[::-1]):
            before = cpu_seconds(pid) if pid else None
            rps, p50, p99 = wrk(url, script, seconds)
            ms = (cpu_seconds(pid) - before) * 1000 / (rps * seconds) if pid else float("nan")
            results[name].append((rps, p50, p99, ms))
            print(f"  round {k + 1} {name}: {rps:.0f} requests/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms"
                  + (f", {ms:.2f} ms CPU each" if pid else ""), flush=True)
    return results


def median(rows):
    """The median of each column of rows."""
    return tuple(statistics.median(row[j] for row in rows) for j in range(len(rows[0])))


def write_script(directory, name, template, distinct):
    path = os.path.join(directory, name + ".lua")
    with open(path, "w") as f:
        f.write(WRK_SCRIPT % (template.replace('"', '\\"'), "true" if distinct else "false"))
    return path


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1)) // 1024


SYNTHETIC_SQL = """
INSERT INTO initiative (slug, title_en, kind, status, date_start, date_precision, date_end, confidence, version,
                        created_at, updated_at)
SELECT 'synthetic-' || g, 'Synthetic initiative ' || g, 'AGREEMENT', 'SIGNED', DATE '2000-01-01' + (g % 9000), 'DAY',
       DATE '2000-01-01' + (g % 9000), 'HIGH', 0, now(), now()
FROM generate_series(1, {n}) g;
INSERT INTO initiative_sector (initiative_id, sector_id)
SELECT i.id, s.id FROM initiative i JOIN LATERAL (SELECT id FROM sector ORDER BY (id + i.id) % 14 LIMIT 2) s ON true
WHERE i.slug LIKE 'synthetic-%';
INSERT INTO initiative_party (initiative_id, organisation_id, acting_for)
SELECT i.id, o.id, 'FR' FROM initiative i JOIN LATERAL (SELECT id FROM organisation ORDER BY (id + i.id) % 50 LIMIT 2) o
ON true WHERE i.slug LIKE 'synthetic-%';
ANALYZE;
"""


def windows(url, script, count, seconds=10):
    """Requests/s in count back-to-back windows of seconds each; a cold server may time out (not counted)."""
    return [wrk(url, script, seconds, failures_allowed=True)[0] for _ in range(count)]


def ready_time(url, seconds=180):
    """Seconds from now until url (a readiness check) answers 200."""
    start = time.time()
    wait_for(url, seconds)
    return time.time() - start


def warm_up_mode(args, work, app, pg_port, peer_start, start):
    """The first minutes of a fresh start, as a replica meets them: for each --jvm setting, and for PostGraphile, a
    fresh start, then distinct reads in 10 s windows from the moment of readiness. A setting with
    -XX:AOTCache=FILE (Java 25) gets FILE written first by a training run (-XX:AOTCacheOutput) that serves the same
    load for --train seconds. Prints each window, the time to 90 % of the best window, and the first window's ratio to
    PostGraphile's."""
    script = write_script(work, "warm-up", JISR_QUERY, True)
    peer_script = write_script(work, "warm-up-peer", PEER_QUERY, True)
    rows = []
    for setting in args.jvm or [" ".join(["java"] + JVM_OPTIONS)]:
        command = setting.split()
        if command[0].startswith("-"):
            command = ["java"] + command
        cache = next((o.split("=", 1)[1] for o in command if o.startswith("-XX:AOTCache=")), None)
        if cache and not os.path.exists(cache):
            training = [o for o in command if not o.startswith("-XX:AOTCache=")] + [f"-XX:AOTCacheOutput={cache}"]
            trainer, url = start_jisr(app, pg_port, work, "training.log", training)
            wrk(url, script, args.train, failures_allowed=True)
            stop(trainer)
        process, url = start_jisr(app, pg_port, work, "warm-up.log", command, wait=False)
        took = ready_time(url.replace("/graphql", "/q/health/ready"))
        rows.append((setting, took, windows(url, script, args.windows), rss_mb(process.pid)))
        stop(process)
    peer, peer_url = peer_start()
    rows.append(("postgraphile", 0.0, windows(peer_url, peer_script, args.windows), None))
    stop(peer)
    first_peer = rows[-1][2][0]
    print(f"\nwarm-up, {args.query} query, distinct reads in 10 s windows from readiness (server on CPU {SERVER_CPU})")
    for setting, took, counts, rss in rows:
        best = max(counts)
        to_90 = next(i + 1 for i, c in enumerate(counts) if c >= 0.9 * best) * 10
        print(f"{setting}\n  ready after start {took:.1f} s; requests/s per window: "
              f"{' '.join(f'{c:.0f}' for c in counts)}\n  90 % of its best ({best:.0f}) after {to_90} s; first window "
              f"{counts[0] / first_peer:.2f}× PostGraphile's, first minute "
              f"{sum(counts[:6]) / sum(rows[-1][2][:6]):.2f}×" + (f"; RSS at the end {rss} MB" if rss else ""))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--synthetic", type=int, default=0, help="initiatives to add (2 sectors, 2 parties each)")
    parser.add_argument("--duration", type=int, default=30, help="seconds per measured round")
    parser.add_argument("--rounds", type=int, default=4, help="measured rounds per server and workload")
    parser.add_argument("--skip-build", action="store_true", help="use the PostgreSQL build in target/quarkus-app")
    parser.add_argument("--query", choices=sorted(QUERIES), default="page", help="what the screen asks for")
    parser.add_argument("--warm-up", action="store_true", help="measure the first minutes after a fresh start instead")
    parser.add_argument("--windows", type=int, default=12, help="10 s windows measured per start (--warm-up)")
    parser.add_argument("--train", type=int, default=60, help="seconds of load for an AOT training run (--warm-up)")
    parser.add_argument("--jvm", action="append", help="[java executable] JVM options of a start (--warm-up; "
                        "repeatable; default the image's)")
    args = parser.parse_args()
    global JISR_QUERY, PEER_QUERY
    JISR_QUERY, PEER_QUERY = QUERIES[args.query]
    for tool in ("wrk", "nginx", "node", "taskset"):
        if not shutil.which(tool) and not os.path.exists(f"/usr/sbin/{tool}"):
            raise SystemExit(f"{tool} is missing: apt-get install wrk nginx-light nodejs util-linux")
    work = tempfile.mkdtemp(prefix="jisr-bench-")
    os.chmod(work, 0o755)
    processes = []

    def start(command, log, env=None, cpu=SERVER_CPU, cwd=None):
        p = subprocess.Popen(["taskset", "-c", cpu] + command, stdout=open(os.path.join(work, log), "w"),
                             stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}, cwd=cwd)
        processes.append(p)
        return p

    try:
        pg_port, psql = start_postgres(work)

        if not args.skip_build:
            subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "package", "-DskipTests",
                            "-Djisr.db.kind=postgresql"], cwd=ROOT, check=True)
        app = os.path.join(ROOT, "target", "quarkus-app")
        seeder, _ = start_jisr(app, pg_port, work, "jisr.log")
        if args.synthetic:
            subprocess.run(psql + ["-d", "jisr", "-c", SYNTHETIC_SQL.format(n=args.synthetic)], check=True)
        # The JVM that serves the load has not run the migrations and the seeding, as replicas serving reads in
        # production have not: side by side (ab.py, one pair of builds in both orders) the build started first, which
        # seeded, used about 8 % more CPU per read than the same build started after it.
        stop(seeder)
        peer_dir = os.path.join(BENCH, "peer")
        if not os.path.isdir(os.path.join(peer_dir, "node_modules")):
            subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=peer_dir, check=True)
        if not args.warm_up:
            jisr, jisr_url = start_jisr(app, pg_port, work, "jisr.log")
            processes.append(jisr)

        def peer_start():
            peer_port = free_port()
            peer = start(["node", os.path.join(peer_dir, "node_modules", ".bin", "postgraphile"), "-c",
                   f"postgres://jisr@127.0.0.1:{pg_port}/jisr", "--schema", "public", "--port", str(peer_port),
                   "--host", "127.0.0.1",
                   "--append-plugins", "@graphile-contrib/pg-simplify-inflector,@graphile/pg-aggregates",
                   "--disable-query-log", "--disable-graphiql"], "postgraphile.log", env={"NODE_ENV": "production"})
            peer_url = f"http://127.0.0.1:{peer_port}/graphql"
            wait_for(peer_url, data=b'{"query":"{ __typename }"}', seconds=180)
            return peer, peer_url

        if args.warm_up:
            warm_up_mode(args, work, app, pg_port, peer_start, start)
            return
        peer, peer_url = peer_start()

        nginx_port = free_port()
        with open(os.path.join(work, "answer.json"), "wb") as f:
            f.write(post(jisr_url, JISR_QUERY.replace("%s", "page")))
        with open(os.path.join(work, "nginx.conf"), "w") as f:
            f.write(f"""daemon off; worker_processes 1; pid {work}/nginx.pid; error_log {work}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; client_body_temp_path {work}/nginx-body;
  server {{ listen 127.0.0.1:{nginx_port}; root {work};
    location = /graphql {{ default_type application/json; try_files /answer.json =404; error_page 405 =200 $uri; }}
  }} }}
""")
        start(["nginx", "-c", os.path.join(work, "nginx.conf")], "nginx.log")
        nginx_url = f"http://127.0.0.1:{nginx_port}/graphql"
        wait_for(nginx_url)

        check("jisr", jisr_url, JISR_QUERY, "p0_1")
        check("postgraphile", peer_url, PEER_QUERY, "p0_1")
        servers = (("jisr", jisr_url, JISR_QUERY, jisr.pid), ("postgraphile", peer_url, PEER_QUERY, peer.pid))
        results = {}
        jisr_rss = 0
        for workload in ("distinct", "repeated"):
            measured = []
            for name, url, template, pid in servers:
                script = write_script(work, f"{name}-{workload}", template, workload == "distinct")
                warm_up(f"{name} {workload}", url, script, pid if name == "jisr" else None)
                measured.append((name, url, script, pid))
            print(f"  {workload}: {args.rounds} alternating rounds of {args.duration} s", flush=True)
            for name, rows in alternate(measured, args.rounds, args.duration).items():
                results[(name, workload)] = rows
            # Right after minutes of load (warm-ups and the measured rounds), the larger of the two workloads.
            jisr_rss = max(jisr_rss, rss_mb(jisr.pid))
            for name, url, template, _ in servers:
                check(name, url, template, "page")
        results[("nginx", "ceiling")] = alternate(
            [("nginx", nginx_url, write_script(work, "nginx", JISR_QUERY, False), None)], 1, args.duration)["nginx"]

        print(f"\n{args.query} query, seeded catalogue + {args.synthetic} synthetic initiatives; medians of {args.rounds} alternating "
              f"rounds of {args.duration} s, 16 connections, servers on CPU {SERVER_CPU}, PostgreSQL and wrk on CPU "
              f"{LOAD_CPU}; CPU ms is the server process's CPU time per request")
        print(f"{'server':<14}{'workload':<10}{'requests/s':>12}{'p50 ms':>9}{'p99 ms':>9}{'CPU ms':>9}")
        for (name, workload), rows in results.items():
            rps, p50, p99, ms = median(rows)
            cpu = f"{ms:>9.2f}" if ms == ms else f"{'-':>9}"  # nan: no single process to measure (nginx)
            print(f"{name:<14}{workload:<10}{rps:>12.0f}{p50:>9.1f}{p99:>9.1f}{cpu}")
        ceiling = median(results[("nginx", "ceiling")])[0]
        for workload in ("distinct", "repeated"):
            ours, peer = results[("jisr", workload)], results[("postgraphile", workload)]
            # Each round's ratio pairs two runs minutes apart at most; the median of those is the figure.
            ratios = sorted(a[0] / b[0] for a, b in zip(ours, peer))
            print(f"jisr/postgraphile {workload}: {statistics.median(ratios):.2f}× (rounds {ratios[0]:.2f}–"
                  f"{ratios[-1]:.2f}), p99 {median(ours)[2]:.1f} vs {median(peer)[2]:.1f} ms   "
                  f"jisr/nginx {workload}: {median(ours)[0] / ceiling:.1%}")
        print(f"jisr resident memory after the load: {jisr_rss} MB ({' '.join(JVM_OPTIONS)}"
              f"{''.join(f' {k}={v}' for k, v in JVM_ENV.items())})")
    finally:
        for p in processes:
            stop(p)
        stop_postgres(work)
        if os.environ.get("JISR_BENCH_KEEP"):
            print(f"logs kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
