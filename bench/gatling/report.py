#!/usr/bin/env python3
"""Prints p50, p95 and p99 (all answers, failed ones included) of each request type of the latest Gatling run
against the requirement limit its name carries ("(limit 3 s)"), with the margin (limit / p99) and whether the 5x
margin of issue 7 is met. Reads the statistics table of the run's HTML report (index.html): columns total, OK,
KO, % KO, count/s, min, p50, p75, p95, p99, max, mean, standard deviation."""
import glob, html, os, re, sys

runs = sorted(glob.glob(os.path.join(sys.argv[1] if len(sys.argv) > 1 else "target/gatling", "*", "index.html")),
              key=os.path.getmtime)
if not runs:
    sys.exit("no Gatling report found")
page = open(runs[-1], encoding="utf-8").read()
print("Report:", runs[-1])
print("| request | count | KO | p50 ms | p95 ms | p99 ms | max ms | limit | limit / p99 | p99 within limit | 5x margin |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|")
for name, cells in re.findall(r'class="ellipsed-name">([^<]+)</span>(.*?)</tr>', page, re.S):
    values = re.findall(r'<td class="value [^"]*col-(\d+)">([^<]*)</td>', cells)
    v = {int(col): value for col, value in values}
    if not v or "limit" not in name:
        continue
    limit = int(re.search(r"limit (\d+) s", name).group(1)) * 1000
    p99 = int(v[11])
    margin = limit / max(p99, 1)
    print("| %s | %s | %s | %s | %s | %d | %s | %d ms | %.1f | %s | %s |" % (
        html.unescape(name), v[2], v[4], v[8], v[10], p99, v[12], limit, margin,
        "yes" if p99 < limit else "NO", "yes" if margin >= 5 else "NO"))
