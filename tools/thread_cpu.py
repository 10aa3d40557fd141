"""CPU per article of each part of a `bench e2e` run at a fixed rate: milliseconds of one core per article, from a
`tools/thread_sched.py` file and the `--latencies` file of the same run (docs/performance.md, nineteenth round).

Only the middle of each phase counts (its first and last 10 s are left out), so the start of sending and the drain
at the end do not tilt the figure. Threads are grouped by the names the kernel keeps (15 characters): the views'
client's threads (its stream thread, mostly) are `marquee-bench-v…`, for `<application.id>-views-<process id>`, and
the enrichment's the other `marquee-bench-…`, whose process id is hexadecimal. Usage:

    python3 tools/thread_cpu.py latencies.csv sched.csv [label]
"""
import collections
import sys

from latency_bursts import read_phases, read_samples

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
    samples = read_samples(sched_path)
    for name, articles in read_phases(latencies_path).items():
        start, end = articles[0]['sent_s'] + EDGE_S, articles[-1]['sent_s'] - EDGE_S
        counted = sum(1 for a in articles if start <= a['sent_s'] <= end)
        if counted == 0:
            print(f'{label} {name}: shorter than {2 * EDGE_S} s, left out')
            continue
        used = collections.Counter()
        for s in samples:
            if start <= s['time_s'] <= end:
                used[s['jvm']] += s['run_us']
                for group, member in GROUPS:
                    if member(s['jvm'], s['thread']):
                        used[group] += s['run_us']
        latencies = sorted(a['latency_ms'] for a in articles)
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
        per_article = ' '.join(f'{group}={used[group] / 1000 / counted:.2f}' for group in ['app', 'bench'] + [g for g, _ in GROUPS])
        print(f'{label} {name}: {counted} articles, p99 {p99} ms; ms per article: {per_article}')

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) == 4 else '')
