#!/usr/bin/env python3
"""A/B of two (or more) Jisr builds under the distinct read load, for changes smaller than this machine's noise.

    python3 src/bench/ab.py DIR_A DIR_B [DIR_C ...] [--rounds 6] [--seconds 20]

The DIRs are copies of target/quarkus-app built for PostgreSQL (./mvnw package -DskipTests
-Djisr.db.kind=postgresql). All run at once on one throwaway PostgreSQL, with the container image's JVM settings,
pinned to CPU 0 (PostgreSQL and wrk on CPU 1); each is warmed up as reads.py does, then they are measured in
alternating rounds, and each is compared with the first (A). Besides requests/s and p99 it reports CPU time per request (from /proc/<pid>/stat), which the
machine's speed swings move less: a single run per build cannot resolve a 10 % change here.
"""
import argparse
import os
import shutil
import tempfile

import reads


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("apps", nargs="+", help="two or more quarkus-app directories built for PostgreSQL")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--seconds", type=int, default=20)
    args = parser.parse_args()
    if len(args.apps) < 2:
        parser.error("give at least two builds")
    work = tempfile.mkdtemp(prefix="jisr-ab-")
    os.chmod(work, 0o755)
    pg_port, _ = reads.start_postgres(work)
    processes, urls = [], []
    try:
        # One pair of builds in both orders: the one started first, which migrated and seeded the database, used about
        # 8 % more CPU per read. So the database is seeded by a start of its own, then both builds start fresh.
        reads.stop(reads.start_jisr(args.apps[0], pg_port, work, "seed.log")[0])
        for i, app in enumerate(args.apps):
            process, url = reads.start_jisr(app, pg_port, work, f"app{i}.log")
            processes.append(process)
            urls.append(url)
        script = reads.write_script(work, "distinct", reads.JISR_QUERY, True)
        names = [f"{chr(ord('A') + i)} {app}" for i, app in enumerate(args.apps)]
        for name, url, process in zip(names, urls, processes):
            reads.check(name, url, reads.JISR_QUERY, "p0")
            reads.warm_up(name, url, script, process.pid)
        rounds = reads.alternate([(name, url, script, process.pid) for name, url, process in
                                  zip(names, urls, processes)], args.rounds, args.seconds)
        medians = [reads.median(rounds[name]) for name in names]
        for app, (rps, _, p99, ms), process in zip(names, medians, processes):
            print(f"median {app}: {rps:.0f} requests/s, p99 {p99:.1f} ms, {ms:.2f} ms CPU per request, "
                  f"RSS {reads.rss_mb(process.pid)} MB")
        for i in range(1, len(names)):
            label = chr(ord('A') + i)
            print(f"A/{label}: {medians[0][0] / medians[i][0]:.2f}× requests/s, {medians[i][3] / medians[0][3]:.2f}× "
                  f"less CPU per request")
    finally:
        for process in processes:
            reads.stop(process)
        reads.stop_postgres(work)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
