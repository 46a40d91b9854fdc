#!/usr/bin/env python3
"""Reads an EntityGraph export with networkx, a reader we did not write, and checks that every attribute
arrived: GraphML (read_graphml), GEXF (read_gexf) or node-link JSON (node_link_graph, edges under "edges").

  check_graph.py graphml|gexf|json FILE [--countries PRK,CHN] [--dated]

Nodes need name, label, type, mentions, documents, and iso3 when they are countries; GraphML and JSON also
carry the vote tables and the graph's document ids that exact merging needs. Edges need type, weight,
count, confidence, negated, a category when they are interactions, and evidence: a JSON list of exactly
`count` items, each with document, sentence, start, length, text and confidence. --dated: every node and
edge must have first/last seen (GEXF: start/end); without it, any dates present must still be well formed.
Prints one "ok" line, or every problem found and exits 1. Used by .ci/run and by the NUnit tests.
"""
import argparse
import json
import re
import sys

import networkx as nx

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EVIDENCE_KEYS = {"document", "sentence", "start", "length", "text", "confidence"}

parser = argparse.ArgumentParser()
parser.add_argument("format", choices=["graphml", "gexf", "json"])
parser.add_argument("path")
parser.add_argument("--countries", default="", help="comma-separated ISO-3 codes that must be country nodes")
parser.add_argument("--dated", action="store_true", help="every node and edge must have first/last seen")
args = parser.parse_args()
problems = []


def load():
    if args.format == "graphml":
        return nx.read_graphml(args.path)
    if args.format == "gexf":
        return nx.read_gexf(args.path)
    with open(args.path, encoding="utf-8") as f:
        data = json.load(f)
    if "edges" not in data or "links" in data:
        problems.append("node-link JSON must keep its edges under 'edges' (networkx >= 3.4's default)")
    try:
        return nx.node_link_graph(data, edges="edges")
    except TypeError:  # networkx < 3.4 names the key 'link'
        return nx.node_link_graph(data, link="edges")


def check_dates(what, d):
    first, last = ("start", "end") if args.format == "gexf" else ("first_seen", "last_seen")
    f, l = d.get(first), d.get(last)
    if f is None and l is None:
        if args.dated:
            problems.append(f"{what}: no {first}/{last}")
        return
    if f is None or l is None or not DATE.match(str(f)) or not DATE.match(str(l)) or str(f) > str(l):
        problems.append(f"{what}: {first}/{last} {f!r}/{l!r} are not an ordered pair of yyyy-MM-dd dates")


g = load()
if not g.is_directed():
    problems.append("the graph is not directed")
if args.format == "gexf" and args.dated and g.graph.get("mode") != "dynamic":
    problems.append(f"GEXF mode is {g.graph.get('mode')!r}, not 'dynamic', although the graph is dated")
if args.format != "gexf" and not isinstance(g.graph.get("document_ids"), (str, list)):
    problems.append("no graph attribute 'document_ids'")

countries = {}
for n, d in g.nodes(data=True):
    what = f"node {n!r}"
    needed = ["name", "label", "type", "mentions", "documents"]
    if args.format != "gexf":
        needed += ["name_votes", "type_votes"]
    for key in needed:
        if key not in d:
            problems.append(f"{what}: no '{key}'")
    if d.get("type") == "Country":
        if not re.match(r"^[A-Z]{3}$", str(d.get("iso3", ""))):
            problems.append(f"{what}: a country without a three-letter iso3 ({d.get('iso3')!r})")
        else:
            countries[d["iso3"]] = n
    check_dates(what, d)

interactions = 0
for s, t, d in g.edges(data=True):
    what = f"edge {s!r} -> {t!r} ({d.get('label', d.get('type'))})"
    for key in ("type", "weight", "count", "confidence", "negated", "evidence"):
        if key not in d:
            problems.append(f"{what}: no '{key}'")
    if d.get("type") == "interaction":
        interactions += 1
        if "category" not in d:
            problems.append(f"{what}: an interaction without a category")
    if not isinstance(d.get("weight"), (int, float)) or not isinstance(d.get("count"), int):
        problems.append(f"{what}: weight {d.get('weight')!r} or count {d.get('count')!r} is not a number")
    evidence = d.get("evidence", [])
    if isinstance(evidence, str):
        evidence = json.loads(evidence)
    if not isinstance(evidence, list) or len(evidence) != d.get("count"):
        problems.append(f"{what}: evidence is not a list of 'count' ({d.get('count')!r}) items")
    else:
        for item in evidence:
            missing = EVIDENCE_KEYS - set(item)
            if missing:
                problems.append(f"{what}: an evidence item without {sorted(missing)}")
                break
    check_dates(what, d)

wanted = [c for c in args.countries.split(",") if c]
missing = [c for c in wanted if c not in countries]
if missing:
    problems.append(f"no country node with iso3 {', '.join(missing)}")
if g.number_of_edges() == 0:
    problems.append("the graph has no edges, so the edge checks proved nothing")

if problems:
    print(f"FAIL: {args.format} {args.path}:", *problems[:50], sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"ok: {args.format}: {type(g).__name__}, {g.number_of_nodes()} nodes, {g.number_of_edges()} edges "
      f"({interactions} interactions), countries {', '.join(sorted(countries))}{', dated' if args.dated else ''}")
