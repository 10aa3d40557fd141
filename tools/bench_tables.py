#!/usr/bin/env python3
"""Markdown tables of the bench results in a directory (default docs/bench), for docs/performance.md.

Standard library only: python3 tools/bench_tables.py [DIR]
"""
import json
import os
import sys


def load(directory, name):
    path = os.path.join(directory, name)
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def la(values):
    return "/".join(f"{v:.1f}" for v in values) if values else "n/a"


def tag_rows(directory):
    print("| run | corpus | words/s (wall) | words per CPU-s | CPU share | articles/s | p50 / p95 / p99 ms | alloc/article | heap after GC | load 1/5/15 |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name in sorted(os.listdir(directory)):
        if not name.startswith("tag"):
            continue
        r = load(directory, name)
        lat = r["latency_ms"]
        print(f"| {name} | {r['corpus']} | {r['words_per_s']:,} | {r['words_per_cpu_s']:,} | {r['cpu_share']:.2f} | "
              f"{r['articles_per_s']:.1f} | {lat['p50']} / {lat['p95']} / {lat['p99']} | "
              f"{r['allocated_bytes_per_article'] / 1024:,.0f} KiB | {r['heap_after_gc_mb']:.0f} MiB | {la(r['env']['load_average'])} |")


def cores(phase):
    c = phase.get("cpu_cores_by_role")
    return " / ".join(f"{c[k]:.2f}" for k in ("stream", "jit", "gc", "other")) if c else "n/a"


def warmup(r):
    w = r.get("warmup")
    return f"{w['seconds']:.0f} s" + ("" if w["jit_settled"] else " (JIT not settled)") if w else "n/a"


def e2e_rows(directory):
    print("| run | guarantee | threads / partitions | phase | target art/s | art/s | words/s | latency p50 / p95 / p99 / max ms | lag first / last / max, slope per min | cores: stream / JIT / GC / rest |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name in sorted(os.listdir(directory)):
        if not name.startswith("e2e"):
            continue
        r = load(directory, name)
        for p in r["phases"]:
            lat = p["latency_ms"]
            lag = p["lag"]
            print(f"| {name} | {r['processing_guarantee']} | {r['threads']} / {r['partitions']} | {p['phase']} | "
                  f"{p['target_articles_per_s']:.1f} | {p['articles_per_s']:.1f} | {p['words_per_s']:,} | "
                  f"{lat['p50']} / {lat['p95']} / {lat['p99']} / {lat['max']} | "
                  f"{lag.get('first')} / {lag.get('last')} / {lag.get('max')}, {lag.get('slope_per_min')} | {cores(p)} |")
    print()
    print("| run | warm-up | tag baseline words/s (same JVM) | max words/s e2e | ratio | tag words per CPU-s | e2e words per process-CPU-s (max phase) | CPU ratio | sent | read once | duplicates | exactly-once | heap after GC / RSS (whole JVM: broker + app + bench) | load before → after |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in sorted(os.listdir(directory)):
        if not name.startswith("e2e"):
            continue
        r = load(directory, name)
        tag_cpu = r.get("tag_baseline_words_per_cpu_s")
        e2e_cpu = r["phases"][0].get("words_per_process_cpu_s")
        cpu_ratio = f"{e2e_cpu / tag_cpu:.2f}" if tag_cpu and e2e_cpu else "n/a"
        best = max(p["words_per_s"] for p in r["phases"])
        base = r.get("tag_baseline_words_per_s")
        ratio = f"{best / base:.2f}" if base else "n/a"
        print(f"| {name} | {warmup(r)} | {base if base is None else f'{base:,}'} | {best:,} | {ratio} | {tag_cpu or 'n/a'} | {e2e_cpu or 'n/a'} | {cpu_ratio} | {r['sent']:,} | {r['read_unique']:,} | "
              f"{r['read_duplicates']} | {r['exactly_once_check']} | {r['heap_after_gc_mb_whole_jvm']:.0f} / {r['rss_mb_whole_jvm']:.0f} MiB | "
              f"{la(r['env']['load_average'])} → {la(r['load_average_after'])} |")


def growth_rows(directory):
    r = load(directory, "growth.json")
    if not r:
        return

    def rounds(p):
        # Results before --rounds measured each point once and have no per-round figures.
        return ", ".join(f"{v:,}" for v in p.get("rounds_words_per_cpu_s", [p["words_per_cpu_s"]]))

    print(f"{r.get('rounds', 1)} round(s) per point, the median shown\n")
    print("| article words | words/s (wall) | words per CPU-s | each round, words per CPU-s | load 1 min |")
    print("|---|---|---|---|---|")
    for p in r["length_sweep"]:
        print(f"| {p['article_words']:,} | {p['words_per_s']:,} | {p['words_per_cpu_s']:,} | {rounds(p)} | {p['load_average'][0]:.1f} |")
    print(f"\nspread from the median: {r['length_spread_pct']}% wall, {r['length_spread_pct_cpu']}% CPU\n")
    print("| catalogue | entities | nominations | words/s (wall) | words per CPU-s | each round, words per CPU-s | load 1 min |")
    print("|---|---|---|---|---|---|---|")
    for p in r["catalogue_sweep"]:
        print(f"| {p['factor']}x | {p['catalogue_entities']:,} | {p['nominations']:,} | {p['words_per_s']:,} | {p['words_per_cpu_s']:,} | "
              f"{rounds(p)} | {p['load_average'][0]:.1f} |")
    print(f"\nspread from the median: {r['catalogue_spread_pct']}% wall, {r['catalogue_spread_pct_cpu']}% CPU")


def startup_rows(directory):
    r = load(directory, "startup.json")
    if not r:
        return
    print("| run | launch → RUNNING ms | of which Streams client → RUNNING ms | restart → RUNNING ms | RSS at RUNNING | heap after GC (steady) | RSS (steady) | load 1/5/15 |")
    print("|---|---|---|---|---|---|---|---|")
    for i, m in enumerate(r["runs"]):
        restart = f"{m['restart_running_ms']:,}" if "restart_running_ms" in m else "n/a"
        print(f"| {i + 1} | {m['running_ms']:,} | {m.get('streams_client_to_running_ms', 'n/a')} | {restart} | {m['rss_mb_at_running']:.0f} MiB | "
              f"{m['heap_after_gc_mb']:.0f} MiB | {m['rss_mb_steady']:.0f} MiB | {la(m['load_average'])} |")
    print(f"\nfirst start: median {r['running_ms_median']:,} ms, max {r['running_ms_max']:,} ms", end="")
    if "restart_running_ms_median" in r:
        print(f"; restart: median {r['restart_running_ms_median']:,} ms, max {r['restart_running_ms_max']:,} ms", end="")
    print(f"; {r['measured']}")
    for i, m in enumerate(r["runs"]):
        for line in m.get("reference_loads", []):
            print(f"\n- run {i + 1}: {line}")


if __name__ == "__main__":
    d = sys.argv[1] if len(sys.argv) > 1 else "docs/bench"
    for title, f in (("tag", tag_rows), ("growth", growth_rows), ("e2e", e2e_rows), ("startup", startup_rows)):
        print(f"### {title}\n")
        f(d)
        print()
