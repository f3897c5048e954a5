#!/usr/bin/env bash
# bench/pages: requests/s and latency of kinews pages under gunicorn, measured with wrk on loopback.
# Needs PostgreSQL and Redis on 127.0.0.1 and Debian's wrk. Usage: bash bench/pages/run.sh [ARTICLES] [SECONDS]
# REUSE_DB=1 keeps the corpus of an earlier run; ROUNDS=n (default 3) sets how often (a), (b), (c) are measured.
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=${1:-10000}
seconds=${2:-20}
rounds=${ROUNDS:-3}
db=kinews_bench_pages
workers=$((2 * $(nproc) + 1))
py=.venv/bin/python
out=bench/out/pages
mkdir -p "$out"

export DJANGO_DEBUG=0 DJANGO_SECRET_KEY=bench-only-$(date +%s)-not-secret-at-all-0123456789abcdef
export ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=0 SITE_URL=http://127.0.0.1:8100
export DATABASE_URL=postgres://postgres@127.0.0.1:5432/$db REDIS_URL=redis://127.0.0.1:6379/7
export MEDIA_ROOT=$PWD/bench/out/media TASKS_QUEUE=immediate

if [ "${REUSE_DB:-0}" != 1 ]; then
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  $py bench/pages/make_corpus.py "$articles"
  $py manage.py rebuild_related -v0          # bulk inserts skip the signals: compute what publishing would
  $py manage.py update_search_documents -v0
  psql -q -h 127.0.0.1 -U postgres -d $db -c "VACUUM ANALYZE"  # as autovacuum would after a bulk load
fi
$py manage.py collectstatic --noinput -v0
redis-cli -n 7 flushdb >/dev/null
$py manage.py shell --no-imports -v 0 -c "
from articles.models import Article
for a in Article.objects.readable('de').order_by('?')[:2000]: print(a.get_absolute_url())" | grep "^/" > "$out/paths.txt"
article=$(head -n 1 "$out/paths.txt")

start_server() {  # port, page cache seconds, fragment cache seconds
  PAGE_CACHE_SECONDS=$2 FRAGMENT_CACHE_SECONDS=$3 .venv/bin/gunicorn kinews.wsgi --workers "$workers" \
    --bind "127.0.0.1:$1" --log-level warning > "$out/gunicorn-$1.log" 2>&1 &
  for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$1/livez" >/dev/null && return; sleep 0.2; done
  echo "gunicorn on $1 did not start" >&2; exit 1
}
measure() {  # label, url, [paths file]
  curl -fs -o /dev/null "$2"  # warm up
  line=$(PATHS_FILE=${3:-} wrk -t2 -c16 -d"${seconds}s" -s bench/pages/report.lua "$2" | grep '^RESULT')
  echo "$1 $line" | tee -a "$out/results.txt"
}
warm_paths() {  # port: every article path once, so (b) measures warm fragments (related boxes), not their first render
  sed "s|^|http://127.0.0.1:$1|" "$out/paths.txt" | xargs -P 3 -I{} curl -fs -o /dev/null {}
}

: > "$out/results.txt"
start_server 8100 60 60  # production settings: page cache and shared fragments
start_server 8101 0 60   # page cache off: (b) renders every page, with the shared fragments cached
start_server 8102 0 0    # page cache and fragments off: every request renders everything
trap 'pkill -f "gunicorn kinews.wsgi" || true' EXIT
echo "articles=$(psql -At -h 127.0.0.1 -U postgres -d $db -c 'select count(*) from articles_article') workers=$workers seconds=$seconds rounds=$rounds" | tee -a "$out/results.txt"
warm_paths 8101
# The machine's speed drifts (a shared VM): (a), (b) and (c) are measured in turns, and the medians compared.
for round in $(seq 1 "$rounds"); do
  measure "a_trivial_view" "http://127.0.0.1:8101/livez"
  measure "b_article_uncached" "http://127.0.0.1:8101$article" "$out/paths.txt"
  measure "c_article_cached" "http://127.0.0.1:8100$article"
done
measure "b0_article_full_render" "http://127.0.0.1:8102$article" "$out/paths.txt"
measure "d_home_cached" "http://127.0.0.1:8100/"
measure "d_home_uncached" "http://127.0.0.1:8101/"
$py - "$out/results.txt" <<'PY'
import re, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    if "rps=" in line:
        runs.setdefault(line.split()[0], []).append({k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)})
summary = []
for name, rows in runs.items():
    median = {key: statistics.median(row[key] for row in rows) for key in ("rps", "p50_ms", "p95_ms")}
    runs[name] = median
    summary.append(f"median {name}: rps={median['rps']:.1f} p50_ms={median['p50_ms']:.2f} "
                   f"p95_ms={median['p95_ms']:.2f} runs={len(rows)}")
a = runs["a_trivial_view"]["rps"]
for name in ("b_article_uncached", "b0_article_full_render", "c_article_cached", "d_home_cached", "d_home_uncached"):
    summary.append(f"ratio {name}/a = {runs[name]['rps'] / a:.2f}")
print("\n".join(summary))
open(sys.argv[1], "a").write("\n".join(summary) + "\n")
PY
