"""Samples, every 50 ms until stopped, how long each thread of the bench's JVMs ran and how long it waited for a core.

`bench e2e` runs the broker in its own JVM and the app in a child JVM; this finds the app by its command line and
the bench as its parent, and reads each thread's /proc/PID/task/TID/schedstat (Linux): nanoseconds on a CPU and nanoseconds runnable on a run
queue without one. A thread that waits on the run queue is starved by the machine's other work, not blocked on its
own (docs/performance.md, seventeenth round). Usage, beside a running bench:

    python3 tools/thread_sched.py sched.csv &
    java -Xmx512m -jar target/marquee.jar bench e2e ... --latencies latencies.csv
    kill %1
    python3 tools/latency_bursts.py latencies.csv sched.csv

Each line: time_s,jvm,tid,thread,run_us,runqueue_wait_us (the thread's increments since the line before; threads
that did not run and did not wait are left out). Thread names are the kernel's, cut at 15 characters.
"""
import os
import sys
import time

INTERVAL_S = 0.05
APP = 'dev.marquee.cli.Marquee run'


def bench_jvms():
    for pid in os.listdir('/proc'):
        if not pid.isdigit():
            continue
        try:
            with open(f'/proc/{pid}/cmdline', 'rb') as f:
                command = f.read().replace(b'\0', b' ').decode(errors='replace')
            if APP not in command:
                continue
            with open(f'/proc/{pid}/status') as f:
                parent = next(line.split()[1] for line in f if line.startswith('PPid:'))
            return {pid: 'app', parent: 'bench'}
        except OSError:
            continue
    return {}


def main(out_path):
    previous = {}
    with open(out_path, 'w') as out:
        out.write('time_s,jvm,tid,thread,run_us,runqueue_wait_us\n')
        while True:
            now = time.time()
            for pid, jvm in bench_jvms().items():
                try:
                    tids = os.listdir(f'/proc/{pid}/task')
                except OSError:
                    continue
                for tid in tids:
                    try:
                        with open(f'/proc/{pid}/task/{tid}/comm') as f:
                            name = f.read().strip().replace(',', ' ')
                        with open(f'/proc/{pid}/task/{tid}/schedstat') as f:
                            run_ns, wait_ns, _ = map(int, f.read().split())
                    except OSError:
                        continue  # the thread ended between the listing and the read
                    key = (pid, tid)
                    if key in previous:
                        run, wait = run_ns - previous[key][0], wait_ns - previous[key][1]
                        if run or wait:
                            out.write(f'{now:.3f},{jvm},{tid},{name},{run // 1000},{wait // 1000}\n')
                    previous[key] = (run_ns, wait_ns)
            out.flush()
            time.sleep(INTERVAL_S)


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    try:
        main(sys.argv[1])
    except KeyboardInterrupt:
        pass
