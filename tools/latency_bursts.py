"""Finds the bursts of slow articles in a `bench e2e --latencies` file and shows what each JVM thread did meanwhile.

A burst is a run of articles over the threshold (default 50 ms), each sent within 0.5 s of the one before, of at
least 5 articles. For each measured phase as a whole, and for each of its bursts, it prints the threads that ran
most: cores used, and cores' worth of time spent runnable without a core (run-queue wait), from a
`tools/thread_sched.py` file of the same run. Usage:

    python3 tools/latency_bursts.py latencies.csv sched.csv [threshold_ms]
"""
import collections
import csv
import datetime
import sys

GAP_S = 0.5
MIN_ARTICLES = 5
TOP_THREADS = 6


def bursts(articles, threshold_ms):
    slow = [a for a in articles if a['latency_ms'] > threshold_ms]
    found, current = [], []
    for a in slow:
        if current and a['sent_s'] - current[-1]['sent_s'] > GAP_S:
            found.append(current)
            current = []
        current.append(a)
    if current:
        found.append(current)
    return [b for b in found if len(b) >= MIN_ARTICLES]


def thread_use(samples, start_s, end_s):
    run, wait = collections.Counter(), collections.Counter()
    for s in samples:
        if start_s <= s['time_s'] <= end_s:
            key = (s['jvm'], s['thread'])
            run[key] += s['run_us']
            wait[key] += s['runqueue_wait_us']
    seconds = max(end_s - start_s, 0.05)
    return [(jvm, thread, used / 1e6 / seconds, wait[(jvm, thread)] / 1e6 / seconds)
            for (jvm, thread), used in run.most_common(TOP_THREADS)]


def print_use(rows):
    for jvm, thread, cores, waiting in rows:
        print(f'    {jvm:5} {thread:16} {cores:5.2f} cores, {waiting:5.2f} waiting for one')


def read_phases(latencies_path):
    """The measured phases of a `--latencies` file: name to its articles, in the order they were sent."""
    phases = {}
    with open(latencies_path) as f:
        for r in csv.DictReader(f):
            if r['phase'] != 'warmup':
                phases.setdefault(r['phase'], []).append(
                    {'sent_s': int(r['sent_at_ms']) / 1000, 'latency_ms': int(r['latency_ms'])})
    for articles in phases.values():
        articles.sort(key=lambda a: a['sent_s'])
    return phases


def read_samples(sched_path):
    """The lines of a `tools/thread_sched.py` file."""
    with open(sched_path) as f:
        return [{'time_s': float(r['time_s']), 'jvm': r['jvm'], 'thread': r['thread'],
                 'run_us': int(r['run_us']), 'runqueue_wait_us': int(r['runqueue_wait_us'])}
                for r in csv.DictReader(f)]


def main(latencies_path, sched_path, threshold_ms):
    # A full run has several phases with idle waits between them: each is summed over its own span.
    samples = read_samples(sched_path)
    for name, articles in read_phases(latencies_path).items():
        start, end = articles[0]['sent_s'], articles[-1]['sent_s']
        over = sum(1 for a in articles if a['latency_ms'] > threshold_ms)
        print(f'phase {name}: {len(articles)} articles in {end - start:.0f} s, {over} over {threshold_ms} ms; the whole phase:')
        print_use(thread_use(samples, start, end))
        for b in bursts(articles, threshold_ms):
            # The slow articles were sent during the stall and processed at its end: the span covers both.
            first, last = b[0]['sent_s'], b[-1]['sent_s'] + b[-1]['latency_ms'] / 1000
            when = datetime.datetime.fromtimestamp(first, datetime.timezone.utc).strftime('%H:%M:%S.%f')[:-3]
            print(f'burst at {when} UTC: {len(b)} articles over {threshold_ms} ms in {last - first:.2f} s, '
                  f'worst {max(a["latency_ms"] for a in b)} ms')
            print_use(thread_use(samples, first, last))


if __name__ == '__main__':
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 50)
