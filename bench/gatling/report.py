#!/usr/bin/env python3
"""Prints the p95 and p99 of each request type of the latest Gatling run against the requirement limit its name
carries ("(limit 3 s)"), with the margin (limit / p99) and whether the 5x margin of issue 7 is met."""
import glob, json, os, re, sys

runs = sorted(glob.glob(os.path.join(sys.argv[1] if len(sys.argv) > 1 else "target/gatling", "*", "js", "stats.json")),
              key=os.path.getmtime)
if not runs:
    sys.exit("no Gatling report found")
stats = json.load(open(runs[-1], encoding="utf-8"))
print("Report:", os.path.dirname(os.path.dirname(runs[-1])))
print("| request | count | KO | p50 ms | p95 ms | p99 ms | max ms | limit | limit / p99 | within limit | 5x margin |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|")
for request in sorted(stats["contents"].values(), key=lambda r: r["name"]):
    s = request["stats"]
    match = re.search(r"limit (\d+) s", request["name"])
    limit = int(match.group(1)) * 1000 if match else None
    p99 = s["percentiles4"]["total"]
    margin = limit / max(p99, 1) if limit else None
    print("| %s | %d | %d | %d | %d | %d | %d | %s | %s | %s | %s |" % (
        request["name"], s["numberOfRequests"]["total"], s["numberOfRequests"]["ko"], s["percentiles1"]["total"],
        s["percentiles3"]["total"], p99, s["maxResponseTime"]["total"], "%d ms" % limit if limit else "-",
        "%.1f" % margin if margin else "-", ("yes" if p99 < limit else "NO") if limit else "-",
        ("yes" if margin >= 5 else "NO") if margin else "-"))
