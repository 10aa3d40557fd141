"""CPU per article of each part of a `bench e2e` run at a fixed rate: milliseconds of one core per article, from a
`tools/thread_sched.py` file and the `--latencies` file of the same run (docs/performance.md, nineteenth round).

Only the middle of each phase counts (its first and last 10 s are left out), so the start of sending and the drain
at the end do not tilt the figure. Threads are grouped by the names the kernel keeps (15 characters): the views'
client's threads (its stream thread, mostly) are `marquee-bench-v…`, for `<application.id>-views-<process id>`, and
the enrichment's the other `marquee-bench-…`, whose process id is hexadecimal. Usage:

    python3 tools/thread_cpu.py latencies.csv sched.csv [label]
"""
import collections
import csv
import sys

EDGE_S = 10
GROUPS = [
    ('views', lambda jvm, t: jvm == 'app' and t == 'marquee-bench-v'),
    ('enrichment', lambda jvm, t: jvm == 'app' and t.startswith('marquee-bench-') and t != 'marquee-bench-v'),
    ('producers', lambda jvm, t: jvm == 'app' and t.startswith('kafka-producer-')),
    ('rocksdb', lambda jvm, t: jvm == 'app' and t.startswith('rocksdb:')),
    ('app gc', lambda jvm, t: jvm == 'app' and t.startswith('GC Thread')),
    ('broker', lambda jvm, t: jvm == 'bench' and t.startswith('data-plane')),
]


def main(latencies_path, sched_path, label):
    with open(latencies_path) as f:
        phases = collections.defaultdict(list)
        for row in csv.DictReader(f):
            phases[row['phase']].append(row)
    with open(sched_path) as f:
        samples = [(float(r['time_s']), r['jvm'], r['thread'], int(r['run_us'])) for r in csv.DictReader(f)]
    for name, articles in phases.items():
        sent = sorted(int(a['sent_at_ms']) / 1000 for a in articles)
        start, end = sent[0] + EDGE_S, sent[-1] - EDGE_S
        counted = sum(1 for s in sent if start <= s <= end)
        if counted == 0:
            print(f'{label} {name}: shorter than {2 * EDGE_S} s, left out')
            continue
        used = collections.Counter()
        for time_s, jvm, thread, run_us in samples:
            if start <= time_s <= end:
                used[jvm] += run_us
                for group, member in GROUPS:
                    if member(jvm, thread):
                        used[group] += run_us
        latencies = sorted(int(a['latency_ms']) for a in articles)
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
        per_article = ' '.join(f'{group}={used[group] / 1000 / counted:.2f}' for group in ['app', 'bench'] + [g for g, _ in GROUPS])
        print(f'{label} {name}: {counted} articles, p99 {p99} ms; ms per article: {per_article}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) == 4 else '')
