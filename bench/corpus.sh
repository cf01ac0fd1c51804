#!/usr/bin/env bash
# Benchmark over the real-world corpus (../shared/corpus, about 6,500 files): the whole scan and the
# parse stage alone, with --jobs 1 and --jobs 2, each under /usr/bin/time -v (wall time, peak RSS).
# Usage: bench/corpus.sh [CORPUS_DIR] [REPEATS]   (build first: mvn -q -B package -DskipTests)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-${CONLINT_CORPUS:-$HOME/.cache/conlint-corpus}}
repeats=${2:-3}
jar=$here/target/conlint.jar
[ -f "$jar" ] || { echo "build first: mvn -q -B package -DskipTests" >&2; exit 2; }
if [ ! -d "$corpus" ]; then
  fetch=$here/../shared/corpus/fetch.sh
  [ -x "$fetch" ] || { echo "no corpus at $corpus and no fetch script at $fetch" >&2; exit 2; }
  "$fetch" "$(dirname "$fetch")/sources.txt" "$corpus"
fi
find "$corpus" -name '*.java' -print0 | xargs -0 cat > /dev/null   # warm the page cache
out=$(mktemp -d)
printf 'mode\tjobs\trun\twall_s\tmax_rss_mib\tstats\n'
for jobs in 1 2; do
  for mode in parse-only scan; do
    for run in $(seq 1 "$repeats"); do
      flag=--stats; [ "$mode" = parse-only ] && flag=--parse-only
      /usr/bin/time -v -o "$out/time" java -jar "$jar" scan "$corpus" --jobs "$jobs" $flag \
          --fail-on none --format sarif -o "$out/report.sarif" 2> "$out/err" || true
      wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$out/time")
      rss=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$out/time")
      stats=$(grep 'files/s' "$out/err" | sed 's/^conlint: //')
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$mode" "$jobs" "$run" "$wall" "$rss" "$stats"
    done
  done
done
rm -rf "$out"
