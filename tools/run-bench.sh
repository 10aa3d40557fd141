#!/bin/sh
# Every figure of docs/performance.md, in order, results in docs/bench/. Takes about 20 minutes.
# Build first: mvn -q -B package -DskipTests
set -e
J="java -Xmx512m -jar target/marquee.jar bench"
OUT=${OUT:-docs/bench}
mkdir -p "$OUT"
$J tag --out "$OUT/tag.json"
$J tag --corpus src/main/resources/samples/articles.jsonl --out "$OUT/tag-sample.json"
$J growth --out "$OUT/growth.json"
$J chart --in "$OUT/growth.json" --out docs/growth.svg
$J e2e --out "$OUT/e2e-eos.json"
$J e2e --guarantee at_least_once --out "$OUT/e2e-alos.json"
$J e2e --threads 2 --partitions 6 --out "$OUT/e2e-eos-2threads.json"
$J startup --out "$OUT/startup.json"
