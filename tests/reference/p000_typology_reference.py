#!/usr/bin/python3
"""Independent reference for paper 000's typologies (Figures 3-5): the exact optimal split of the
printed index I of each list into five groups (exhaustive search over contiguous splits of the
sorted values, which is the k-means optimum in one dimension) and Ward's hierarchical clustering
(merging the pair that adds least within-cluster sum of squares), cut at five clusters. Clusters
are numbered by centre, 1 = highest I, as the paper does. Prints, for every statement of the text
on Figures 3-5, what the printed I gives; the golden entries of the `typology-*` analyses take
their `expect:` and reasons from this output.

Run: /usr/bin/python3 tests/reference/p000_typology_reference.py > tests/reference/p000_typology_reference.txt
"""
import csv
import itertools
import os

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
LISTS = {"27-2022": 27, "20-2022": 20, "9-2023": 9}


def read_lists():
    out = {}
    with open(os.path.join(ROOT, "data/p000/index-i.csv")) as f:
        for r in csv.DictReader(f):
            out.setdefault(r["town_set"], []).append((r["town"], float(r["index_i"])))
    return out


def optimal_split(values, k):
    s = sorted(values, key=lambda t: -t[1])
    best = None
    for cuts in itertools.combinations(range(1, len(s)), k - 1):
        bounds = (0,) + cuts + (len(s),)
        ss = 0.0
        for a, b in zip(bounds, bounds[1:]):
            g = [x for _, x in s[a:b]]
            m = sum(g) / len(g)
            ss += sum((x - m) ** 2 for x in g)
        if best is None or ss < best[0]:
            best = (ss, bounds)
    bounds = best[1]
    return {t: c + 1 for c, (a, b) in enumerate(zip(bounds, bounds[1:])) for t, _ in s[a:b]}


def ward(values, k):
    groups = [[t] for t in values]

    def cost(a, b):
        ma = sum(x for _, x in a) / len(a)
        mb = sum(x for _, x in b) / len(b)
        return len(a) * len(b) / (len(a) + len(b)) * (ma - mb) ** 2

    while len(groups) > k:
        _, i, j = min((cost(groups[i], groups[j]), i, j)
                      for i in range(len(groups)) for j in range(i + 1, len(groups)))
        groups[i] = groups[i] + groups[j]
        del groups[j]
    groups.sort(key=lambda g: -sum(x for _, x in g) / len(g))
    return {t: c + 1 for c, g in enumerate(groups) for t, _ in g}


def main():
    lists = read_lists()
    for name, values in lists.items():
        for method, clusters in (("kmeans", optimal_split(values, 5)), ("hclust", ward(values, 5))):
            print(f"{name} {method}")
            for c in range(1, 6):
                members = [(t, x) for t, x in values if clusters[t] == c]
                centre = sum(x for _, x in members) / len(members)
                print(f"  cluster {c} centre {centre:.10g}: " +
                      ", ".join(f"{t} {x:g}{' above' if x > centre else ''}" for t, x in members))


if __name__ == "__main__":
    main()
