#!/usr/bin/env bash
# factlint against its peers, side by side in one run, on the same corpus:
#   textlint with textlint-rule-date-weekday-mismatch and @textlint-rule/no-unmatched-pair (npm)
#   proselint (PyPI)
#
#   bench/peers.sh [CORPUS] [--install]
#
# CORPUS is a folder of *.txt articles; without it, a synthetic corpus of $ARTICLES (default
# 1000) articles is generated from samples/ (bench/throughput.py's generator). The peers are
# looked for under $PEERS (default /tmp/factlint-peers), never in the repository; --install
# puts them there (npm install --prefix, and a venv for proselint). A peer that is not installed
# is skipped with one line. Printed: start-up on one 4 KB article (median of $RUNS runs), then
# wall time, articles/s and MB/s on the whole corpus (start-up included), and factlint's ratio
# to each peer. A measurement, never a test.
set -euo pipefail
unset PYTHONDONTWRITEBYTECODE  # time factlint as on a user's machine, with its bytecode cache (see startup.py)

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PEERS="${PEERS:-/tmp/factlint-peers}"
ARTICLES="${ARTICLES:-1000}"
RUNS="${RUNS:-5}"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PY" ] || PY="$(command -v python3)"
CHECK="$(dirname "$PY")/check"
[ -x "$CHECK" ] || CHECK="$PY -m checker"

CORPUS=""
INSTALL=0
for arg in "$@"; do
    case "$arg" in
        --install) INSTALL=1 ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) CORPUS="$arg" ;;
    esac
done

if [ "$INSTALL" = 1 ]; then
    mkdir -p "$PEERS"
    npm install --silent --no-audit --no-fund --prefix "$PEERS" textlint textlint-rule-date-weekday-mismatch @textlint-rule/textlint-rule-no-unmatched-pair
    python3 -m venv "$PEERS/venv" && "$PEERS/venv/bin/pip" install --quiet proselint
fi

TMP="$(mktemp -d /tmp/factlint-peers-run.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT

if [ -z "$CORPUS" ]; then
    CORPUS="$TMP/corpus"
    "$PY" - "$CORPUS" "$ARTICLES" <<'EOF'
import sys
from pathlib import Path
sys.path.insert(0, "bench")
from throughput import generate_corpus
generate_corpus(Path(sys.argv[1]), int(sys.argv[2]))
EOF
    echo "corpus: synthetic, $ARTICLES articles from samples/"
else
    echo "corpus: $CORPUS"
fi
cd "$ROOT"
mapfile -t FILES < <(find "$CORPUS" -type f \( -name '*.txt' -o -name '*.md' \) -not -path '*/.*' | sort)
BYTES=$(cat "${FILES[@]}" | wc -c)
COUNT=${#FILES[@]}
ARTICLE="$TMP/article-4k.en.txt"
"$PY" -c "import sys; sys.path.insert(0, 'bench'); from startup import make_article; open(sys.argv[1], 'w', encoding='utf-8').write(make_article('en'))" "$ARTICLE"
printf '%s articles, %.2f MB\n\n' "$COUNT" "$(echo "$BYTES / 1000000" | bc -l)"

now() { date +%s.%N; }
# seconds of one run of "$@" (output discarded, exit code ignored)
seconds() { local t0 t1; t0=$(now); "$@" >/dev/null 2>&1 || true; t1=$(now); echo "$t1 - $t0" | bc -l; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
startup() { local i; seconds "$@" >/dev/null; for i in $(seq "$RUNS"); do seconds "$@"; done | median; }  # after one warm-up run

declare -A START WHOLE
TOOLS=()
run_tool() {  # name, then the command without its file arguments
    local name="$1"; shift
    TOOLS+=("$name")
    START[$name]=$(startup "$@" "$ARTICLE")
    WHOLE[$name]=$(seconds "$@" "${FILES[@]}")
}

TEXTLINT="$PEERS/node_modules/.bin/textlint"
PROSELINT="$PEERS/venv/bin/proselint"
run_tool "python -c pass" "$PY" -c pass
# shellcheck disable=SC2086
run_tool "factlint -j 1" $CHECK --format jsonl --quiet --exit-zero --jobs 1
# shellcheck disable=SC2086
run_tool "factlint -j 2" $CHECK --format jsonl --quiet --exit-zero --jobs 2
if [ -x "$TEXTLINT" ]; then
    printf '{"rules": {"date-weekday-mismatch": true, "@textlint-rule/no-unmatched-pair": true}}\n' > "$TMP/textlintrc.json"
    (cd "$PEERS" && "$TEXTLINT" --version >/dev/null 2>&1) || true
    textlint_run() { (cd "$PEERS" && "$TEXTLINT" --config "$TMP/textlintrc.json" "$@"); }
    run_tool "textlint (2 rules)" textlint_run
else
    echo "textlint: not installed under $PEERS (bench/peers.sh --install), skipped"
fi
if [ -x "$PROSELINT" ]; then
    run_tool "proselint" "$PROSELINT" check
else
    echo "proselint: not installed under $PEERS (bench/peers.sh --install), skipped"
fi

echo
printf '%-20s %12s %10s %12s %9s\n' "tool" "start-up 4KB" "corpus" "articles/s" "MB/s"
for name in "${TOOLS[@]}"; do
    [ "$name" = "python -c pass" ] && { printf '%-20s %10.0fms\n' "$name" "$(echo "${START[$name]} * 1000" | bc -l)"; continue; }
    printf '%-20s %10.0fms %9.2fs %12.1f %9.3f\n' "$name" "$(echo "${START[$name]} * 1000" | bc -l)" "${WHOLE[$name]}" \
        "$(echo "$COUNT / ${WHOLE[$name]}" | bc -l)" "$(echo "$BYTES / 1000000 / ${WHOLE[$name]}" | bc -l)"
done
echo
for peer in "textlint (2 rules)" "proselint"; do
    [ -n "${WHOLE[$peer]:-}" ] || continue
    for mine in "factlint -j 1" "factlint -j 2"; do
        printf '%s vs %s: start-up %.2fx, throughput %.2fx\n' "$mine" "$peer" \
            "$(echo "${START[$peer]} / ${START[$mine]}" | bc -l)" "$(echo "${WHOLE[$peer]} / ${WHOLE[$mine]}" | bc -l)"
    done
done
echo "(ratio = the peer's time / factlint's time: above 1, factlint is faster; goal: throughput 10x textlint's with --jobs)"
