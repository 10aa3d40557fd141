#!/bin/sh
# Every figure of docs/performance.md, in order, results in docs/bench/. Takes 40 minutes on a fast 2-core machine (growth in 3 rounds is 13 of them),
# more where the JIT compilers take longer to settle (each warm-up waits for them, up to 300 s).
# Build first: mvn -q -B package -DskipTests
set -e
J="java -Xmx512m -jar target/marquee.jar bench"
OUT=${OUT:-docs/bench}
mkdir -p "$OUT"
$J tag --out "$OUT/tag.json"
$J tag --corpus src/main/resources/samples/articles.jsonl --out "$OUT/tag-sample.json"
# The 10x catalogue point holds about 1.2 million entities: more than 512 MB of heap, so this one run gets more.
java -Xmx4g -jar target/marquee.jar bench growth --out "$OUT/growth.json"
$J chart --in "$OUT/growth.json" --out docs/growth.svg
$J e2e --out "$OUT/e2e-eos.json"
$J e2e --guarantee at_least_once --out "$OUT/e2e-alos.json"
$J e2e --threads 2 --partitions 6 --out "$OUT/e2e-eos-2threads.json"
# The same with room to spare in the heap: in 512 MB the broker, the app and the bench leave G1 marking almost
# constantly (0.4 of a core), which is the shared JVM's cost rather than the app's.
java -Xmx1g -jar target/marquee.jar bench e2e --threads 2 --partitions 6 --out "$OUT/e2e-eos-2threads-1g.json"
# The app in a JVM of its own, as deployed, instead of in the bench's (eighth round).
$J e2e --guarantee at_least_once --app-jvm-arg -Xmx512m --out "$OUT/e2e-alos-own-jvm.json"
$J e2e --app-jvm-arg -Xmx512m --out "$OUT/e2e-eos-own-jvm.json"
# The enrichment alone, as an instance with role=enrichment runs it beside views deployed elsewhere (twenty-third round).
$J e2e --app-jvm-arg -Xmx512m --set role=enrichment --out "$OUT/e2e-eos-enrichment.json"
$J e2e --app-jvm-arg -Xmx512m --set role=enrichment --guarantee at_least_once --out "$OUT/e2e-alos-enrichment.json"
# The views alone, as an instance with role=views runs them, working off a backlog of 10,000 articles (twenty-fifth round).
$J views --out "$OUT/views.json"
# Five minutes at half the sustained maximum just measured, for lag growth and memory.
HALF=$(python3 -c "import json,sys; print(round(json.load(open(sys.argv[1]))['max_articles_per_s'] / 2, 1))" "$OUT/e2e-eos.json")
$J e2e --rate "$HALF" --duration 300 --warmup 15 --tag-baseline 20 --out "$OUT/e2e-eos-5min-50pct.json"
# Five fresh processes, each also restarted: start-up varies by a few hundred ms from run to run.
$J startup --runs 5 --out "$OUT/startup.json"
MARQUEE_ROLE=enrichment $J startup --runs 5 --out "$OUT/startup-enrichment.json"
# The same as the Docker image starts the app, with a class data sharing archive recorded by one demo run of this jar.
$J startup --runs 5 --cds --out "$OUT/startup-cds.json"
