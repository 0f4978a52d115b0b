#!/usr/bin/python3
"""Qala's build speed on the shipped site and on synthetic projects, against Hugo.

    bench/site_bench.py --qala build/qala [--sizes 27 1000 10000] [--years 10] [--jobs 2]

For the shipped project (copied to a temporary folder) and for each N, a synthetic project of N
towns x Y years x 3 languages (bench/synthetic_project.py, in a temporary folder, never shipped):
cold build (no .qala-cache/), no-op rebuild, rebuild after editing one CSV: wall time and peak
RSS (/usr/bin/time), pages per second of the cold build; and Hugo (Debian's `hugo`) building
the same number of pages of comparable content from scratch; and Hugo again, on pages that carry
the bodies of Qala's own pages (synthetic_project.hugo_same_pages), so that it writes about the
bytes Qala writes. Prints a Markdown table.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import synthetic_project  # noqa: E402


def timed(cmd, cwd=None):
    """(wall s, peak RSS MiB, CPU s = user + system) of one run of `cmd` under /usr/bin/time."""
    r = subprocess.run(["/usr/bin/time", "-f", "QALA-TIME %e %M %U %S"] + cmd, cwd=cwd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    m = re.search(r"QALA-TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)", r.stderr)
    if r.returncode not in (0, 1) or not m:
        sys.exit(f"failed: {' '.join(cmd)}\n{r.stderr}")
    return float(m.group(1)), int(m.group(2)) / 1024, float(m.group(3)) + float(m.group(4))


def best(runs, cmd, before=None, cwd=None):
    """The fastest of `runs` runs (the machine is shared); `before` resets state first."""
    results = []
    for _ in range(runs):
        if before:
            before()
        results.append(timed(cmd, cwd))
    return min(results)


def html_count(folder):
    return sum(1 for _, _, files in os.walk(folder) for f in files if f.endswith(".html"))


def edit_one_csv(root):
    data = os.path.join(root, "data")
    for dirpath, _, files in sorted(os.walk(data)):
        for f in sorted(files):
            if f.endswith(".csv"):
                path = os.path.join(dirpath, f)
                with open(path, encoding="utf-8") as fh:
                    lines = fh.read().split("\n")
                # Change the last digit of the last cell of the first data row.
                row = lines[1]
                digit = row[-1]
                lines[1] = row[:-1] + ("1" if digit != "1" else "2")
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write("\n".join(lines))
                return os.path.relpath(path, root)
    raise SystemExit("no CSV to edit")


def measure_qala(qala, root, jobs, runs):
    site = os.path.join(root, "_site")
    cache = os.path.join(root, ".qala-cache")
    cmd = [qala, "build", "--root", root, "--out", site, "--jobs", str(jobs)]

    def clear():
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(site, ignore_errors=True)

    cold = best(runs, cmd, clear)
    pages = html_count(site)
    noop = best(runs, cmd)
    edits = []
    for _ in range(runs):
        edit_one_csv(root)
        edits.append(timed(cmd))
    return {"pages": pages, "cold": cold, "noop": noop, "edit": min(edits)}


def measure_hugo(root, runs):
    public = os.path.join(root, "public")

    def clear():
        shutil.rmtree(public, ignore_errors=True)
        shutil.rmtree(os.path.join(root, "resources"), ignore_errors=True)

    t = best(runs, ["hugo", "--quiet", "-d", public], clear, cwd=root)
    return {"pages": html_count(public), "cold": t, "bytes": tree_bytes(public)}


def tree_bytes(folder):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(folder) for f in files)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--qala", default=os.path.join(ROOT, "build", "qala"))
    p.add_argument("--sizes", type=int, nargs="*", default=[27, 1000, 10000])
    p.add_argument("--years", type=int, default=10)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--workdir", default=None,
                   help="where the projects are written and built (default: the system's temporary "
                        "folder); e.g. /dev/shm to measure the tools without the disk's file system")
    a = p.parse_args()
    qala = os.path.abspath(a.qala)
    rows = []
    with tempfile.TemporaryDirectory(prefix="qala-bench-", dir=a.workdir) as tmp:
        fs = subprocess.run(["stat", "-f", "-c", "%T", tmp], capture_output=True, text=True).stdout
        print(f"work folder {tmp} on {fs.strip()}; qala {qala}; hugo "
              f"{subprocess.run(['hugo', 'version'], capture_output=True, text=True).stdout.strip()}",
              flush=True)
        shipped = os.path.join(tmp, "shipped")
        for part in ["analyses", "data", "golden", "site", "templates"]:
            shutil.copytree(os.path.join(ROOT, part), os.path.join(shipped, part))
        rows.append(("shipped project", measure_qala(qala, shipped, a.jobs, a.runs), None))
        for n in a.sizes:
            proj, hugo = os.path.join(tmp, f"qala-{n}"), os.path.join(tmp, f"hugo-{n}")
            subprocess.run([sys.executable, os.path.join(HERE, "synthetic_project.py"), "--towns",
                            str(n), "--years", str(a.years), "--out", proj, "--hugo", hugo],
                           check=True)
            q = measure_qala(qala, proj, a.jobs, a.runs)
            q["bytes"] = tree_bytes(os.path.join(proj, "_site"))
            h = measure_hugo(hugo, a.runs)
            shutil.rmtree(hugo)
            synthetic_project.hugo_same_pages(os.path.join(proj, "_site"), hugo)
            same = measure_hugo(hugo, a.runs)
            print(f"{n} towns: qala {q}, hugo {h}, hugo with Qala's page bodies {same}", flush=True)
            rows.append((f"synthetic {n} towns x {a.years} years x 3 languages", q, (h, same)))
            shutil.rmtree(proj)
            shutil.rmtree(hugo)
    print("| project | pages | cold s (CPU s) | cold peak MiB | pages/s (cold) | no-op s (CPU s) "
          "| one-CSV edit s (CPU s) | Hugo pages | Hugo cold s (CPU s) | Hugo peak MiB "
          "| Qala/Hugo wall (CPU) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, q, h in rows:
        cold, rss, cpu = q["cold"]
        hugo = "- | - | - | -"
        if h:
            h = h[0]
            hugo = (f"{h['pages']} | {h['cold'][0]:.3f} ({h['cold'][2]:.2f}) | {h['cold'][1]:.0f} | "
                    f"{cold / h['cold'][0]:.2f} ({cpu / h['cold'][2]:.2f})")
        print(f"| {name} | {q['pages']} | {cold:.3f} ({cpu:.2f}) | {rss:.0f} | "
              f"{q['pages'] / cold:.0f} | {q['noop'][0]:.3f} ({q['noop'][2]:.2f}) | "
              f"{q['edit'][0]:.3f} ({q['edit'][2]:.2f}) | {hugo} |")
    print()
    print("Output bytes, and Hugo on pages carrying the bodies of Qala's pages:")
    print()
    print("| project | Qala MB written | Hugo MB | Hugo (Qala's bodies) pages | MB | cold s (CPU s) "
          "| peak MiB | Qala/Hugo wall (CPU) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, q, h in rows:
        if not h:
            continue
        plain, same = h
        cold, _, cpu = q["cold"]
        print(f"| {name} | {q['bytes'] / 1e6:.1f} | {plain['bytes'] / 1e6:.1f} | {same['pages']} | "
              f"{same['bytes'] / 1e6:.1f} | {same['cold'][0]:.3f} ({same['cold'][2]:.2f}) | "
              f"{same['cold'][1]:.0f} | {cold / same['cold'][0]:.2f} ({cpu / same['cold'][2]:.2f}) |")


if __name__ == "__main__":
    main()
