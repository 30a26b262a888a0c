#!/usr/bin/env python3
"""A/B of two Jisr builds under the distinct read load, for changes smaller than this machine's noise.

    python3 src/bench/ab.py DIR_A DIR_B [--rounds 6] [--seconds 20]

DIR_A and DIR_B are copies of target/quarkus-app built for PostgreSQL (./mvnw package -DskipTests
-Djisr.db.kind=postgresql). Both run at once on one throwaway PostgreSQL, with the container image's JVM settings,
pinned to CPU 0 (PostgreSQL and wrk on CPU 1); each is warmed up as reads.py does, then the two are measured in
alternating rounds. Besides requests/s and p99 it reports CPU time per request (from /proc/<pid>/stat), which the
machine's speed swings move less: a single run per build cannot resolve a 10 % change here.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile

import reads


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("apps", nargs=2, help="two quarkus-app directories built for PostgreSQL")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--seconds", type=int, default=20)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="jisr-ab-")
    os.chmod(work, 0o755)
    pg_port, _ = reads.start_postgres(work)
    processes, urls = [], []
    try:
        for i, app in enumerate(args.apps):
            port = reads.free_port()
            env = dict(os.environ, QUARKUS_HTTP_PORT=str(port), JISR_DATA_DIR=work,
                       JISR_DB_URL=f"jdbc:postgresql://127.0.0.1:{pg_port}/jisr", JISR_DB_USERNAME="jisr",
                       JISR_RATE_LIMIT_REQUESTS_PER_MINUTE="1000000000", JISR_RATE_LIMIT_BURST="1000000000",
                       **reads.JVM_ENV)
            processes.append(subprocess.Popen(
                ["taskset", "-c", reads.SERVER_CPU, "java"] + reads.JVM_OPTIONS + ["-jar", "quarkus-run.jar"],
                cwd=app, env=env, stdout=open(os.path.join(work, f"app{i}.log"), "w"), stderr=subprocess.STDOUT))
            reads.wait_for(f"http://127.0.0.1:{port}/q/health/ready", 180)
            urls.append(f"http://127.0.0.1:{port}/graphql")
        script = reads.write_script(work, "distinct", reads.JISR_QUERY, True)
        for app, url, process in zip(args.apps, urls, processes):
            reads.check(app, url, reads.JISR_QUERY, "p0")
            reads.warm_up(app, url, script, process.pid)
        results = ([], [])
        for k in range(args.rounds):
            for i in ((0, 1) if k % 2 == 0 else (1, 0)):
                before = cpu_seconds(processes[i].pid)
                rps, _, p99 = reads.wrk(urls[i], script, args.seconds)
                ms = (cpu_seconds(processes[i].pid) - before) * 1000 / (rps * args.seconds)
                results[i].append((rps, p99, ms))
                print(f"round {k + 1} {args.apps[i]}: {rps:.0f} requests/s, p99 {p99:.1f} ms, {ms:.2f} ms CPU each",
                      flush=True)
        medians = [[statistics.median(r[j] for r in rows) for j in range(3)] for rows in results]
        for app, (rps, p99, ms), process in zip(args.apps, medians, processes):
            print(f"median {app}: {rps:.0f} requests/s, p99 {p99:.1f} ms, {ms:.2f} ms CPU per request, "
                  f"RSS {reads.rss_mb(process.pid)} MB")
        print(f"A/B: {medians[0][0] / medians[1][0]:.2f}× requests/s, {medians[1][2] / medians[0][2]:.2f}× less CPU "
              f"per request")
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        reads.stop_postgres(work)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
