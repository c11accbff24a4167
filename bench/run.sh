#!/usr/bin/env bash
# Parse + verify + print benchmark: dialectic-opt vs mlir-opt on a large arith module, in custom syntax
# (arith/func registered in both tools) and in generic form (printed generic).
#
# Usage (from the repository root):   bash bench/run.sh
#
# Environment knobs:
#   REPS=5            timed repetitions per configuration (the median is reported)
#   FUNCS=1000 OPS=1000   size of the generated module (functions x arith ops per function)
#   MLIR_OPT=mlir-opt-22  reference tool
#   SKIP_BUILD=1      do not rebuild dialectic-opt (use the existing Release build)
#   BUILD=aot         how dialectic-opt is published: aot (NativeAOT, the default: no JIT at run time) or r2r
#                     (ReadyToRun on the shared runtime, tiered JIT on top)
#   VARIANTS="custom plain"   which variants to run: custom, custom-debuginfo (custom syntax in and out),
#                             plain, debuginfo (generic form in and out), canon-cse (--canonicalize --cse),
#                             func-canon-cse (the same nested on func.func, so functions run in parallel)
#
# Everything generated goes to bench/out/ (gitignored); the generic input is cached there and only
# regenerated when bench/gen_arith.py or the size changes.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

REPS="${REPS:-5}"
FUNCS="${FUNCS:-1000}"
OPS="${OPS:-1000}"
MLIR_OPT="${MLIR_OPT:-mlir-opt-22}"
VARIANTS="${VARIANTS:-custom plain}"
OUT_DIR="bench/out"
BUILD="${BUILD:-aot}"
case "$BUILD" in
    aot) PUBLISH_DIR=artifacts/publish/dialectic-opt-aot ;;
    r2r) PUBLISH_DIR=artifacts/publish/dialectic-opt ;;
    *) echo "bench/run.sh: error: BUILD must be aot or r2r (got '$BUILD')" >&2; exit 1 ;;
esac
DIALECTIC_OPT="${DIALECTIC_OPT:-$PUBLISH_DIR/dialectic-opt}"
TIME_BIN=/usr/bin/time

die() { echo "bench/run.sh: error: $*" >&2; exit 1; }
log() { echo "==> $*" >&2; }

[[ "$REPS" =~ ^[1-9][0-9]*$ ]] || die "REPS must be a positive integer (got '$REPS')"
[[ "$FUNCS" =~ ^[1-9][0-9]*$ ]] || die "FUNCS must be a positive integer (got '$FUNCS')"
[[ "$OPS" =~ ^[1-9][0-9]*$ ]] || die "OPS must be a positive integer (got '$OPS')"

# ---- tools -------------------------------------------------------------------------------------
command -v python3 >/dev/null || die "python3 not found"
command -v "$MLIR_OPT" >/dev/null || die "$MLIR_OPT not found (set MLIR_OPT=/path/to/mlir-opt)"
command -v cmp >/dev/null || die "cmp not found (diffutils)"
if [[ ! -x "$TIME_BIN" ]]; then
    log "$TIME_BIN missing; trying to install the 'time' package"
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
        apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq time >/dev/null 2>&1; } || true
    fi
    [[ -x "$TIME_BIN" ]] || die "GNU time ($TIME_BIN) is required: apt-get install time"
fi

mkdir -p "$OUT_DIR"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    command -v dotnet >/dev/null || die "dotnet not found"
    # Shipped the way a user installs it: Release, precompiled (NativeAOT, or ReadyToRun with BUILD=r2r).
    if [[ "$BUILD" == aot ]]; then
        log "publishing dialectic-opt (Release, NativeAOT)"
        publish=(-p:DialecticAot=true)
    else
        log "publishing dialectic-opt (Release, ReadyToRun)"
        publish=(--self-contained false -p:PublishReadyToRun=true)
    fi
    dotnet publish -c Release -r linux-x64 "${publish[@]}" \
        -o "$PUBLISH_DIR" Tools/dialectic-opt -nologo -v quiet >"$OUT_DIR/build.log" 2>&1 \
        || { cat "$OUT_DIR/build.log" >&2; die "Release publish failed (log: $OUT_DIR/build.log)"; }
fi
[[ -x "$DIALECTIC_OPT" ]] || die "$DIALECTIC_OPT not found or not executable (build it, or unset SKIP_BUILD)"

# ---- input -------------------------------------------------------------------------------------
CUSTOM="$OUT_DIR/arith_${FUNCS}x${OPS}.custom.mlir"
INPUT="$OUT_DIR/arith_${FUNCS}x${OPS}.generic.mlir"
if [[ ! -s "$CUSTOM" || bench/gen_arith.py -nt "$CUSTOM" ]]; then
    log "generating $CUSTOM ($FUNCS functions x $OPS arith ops)"
    python3 bench/gen_arith.py -n "$FUNCS" -m "$OPS" -o "$CUSTOM.tmp"
    mv "$CUSTOM.tmp" "$CUSTOM"
fi
if [[ ! -s "$INPUT" || "$CUSTOM" -nt "$INPUT" ]]; then
    log "converting to generic form with $MLIR_OPT --mlir-print-op-generic"
    "$MLIR_OPT" --mlir-print-op-generic "$CUSTOM" -o "$INPUT.tmp"
    mv "$INPUT.tmp" "$INPUT"
fi
NUM_OPS=$(grep -c '"arith\.' "$INPUT" || true)
INPUT_MB=$(awk -v b="$(stat -c %s "$INPUT")" 'BEGIN { printf "%.1f", b / 1048576 }')

# ---- measurement -------------------------------------------------------------------------------
# Tool configurations: label -> command prefix (the input and -o are appended).
LABELS=("mlir-opt" "mlir-opt-1thread" "dialectic-opt" "dialectic-opt-1thread")
cmd_for() {
    case "$1" in
        mlir-opt)         echo "$MLIR_OPT" ;;
        mlir-opt-1thread) echo "$MLIR_OPT --mlir-disable-threading" ;;
        dialectic-opt)    echo "$DIALECTIC_OPT" ;;
        dialectic-opt-1thread) echo "$DIALECTIC_OPT --mlir-disable-threading" ;;
    esac
}
variant_flags() {
    case "$1" in
        plain) echo "--mlir-print-op-generic" ;;
        debuginfo) echo "--mlir-print-op-generic --mlir-print-debuginfo" ;;
        custom) echo "" ;;
        custom-debuginfo) echo "--mlir-print-debuginfo" ;;
        canon-cse) echo "--canonicalize --cse" ;;
        func-canon-cse) echo "--pass-pipeline=builtin.module(func.func(canonicalize,cse))" ;;
        *) die "unknown variant '$1' (expected custom, custom-debuginfo, plain, debuginfo, canon-cse or func-canon-cse)" ;;
    esac
}
variant_input() {
    case "$1" in
        custom* | canon-cse | func-canon-cse) echo "$CUSTOM" ;;
        *) echo "$INPUT" ;;
    esac
}

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) { print "nan"; exit } if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# One timed run: appends "wall_s user_s sys_s maxrss_kb" to $TMP/<variant>.<label>. The function-level
# pipeline also runs with --mlir-timing: the wall time of its 'func.func' Pipeline row (the passes alone, without
# the single-threaded parse and print) goes to $TMP/<variant>.<label>.pass.
timed_run() {
    local variant="$1" label="$2" flags cmd
    flags="$(variant_flags "$variant")"
    [[ "$variant" == func-canon-cse ]] && flags="$flags --mlir-timing"
    cmd="$(cmd_for "$label")"
    # shellcheck disable=SC2086
    if ! "$TIME_BIN" -f '%e %U %S %M' -o "$TMP/one" $cmd $flags "$(variant_input "$variant")" -o /dev/null 2>"$TMP/stderr"; then
        cat "$TMP/stderr" >&2
        die "$label ($variant) failed"
    fi
    tail -n 1 "$TMP/one" >>"$TMP/$variant.$label"
    if [[ "$variant" == func-canon-cse ]]; then
        # "[user (pct)] wall (pct)  'func.func' Pipeline": drop the percentages; the wall time is then third from last.
        grep "'func.func' Pipeline" "$TMP/stderr" | sed -E 's/\( *[0-9.]+%\)//g' | awk '{ print $(NF - 2) }' \
            >>"$TMP/$variant.$label.pass"
    fi
}

echo
echo "Dialectic parse+verify+print benchmark ($(date -u '+%Y-%m-%d %H:%M UTC'))"
echo "  input:   $INPUT ($INPUT_MB MiB, $NUM_OPS arith ops, $FUNCS functions)"
echo "  mlir:    $("$MLIR_OPT" --version 2>/dev/null | grep -i 'version' | head -n 1 | sed 's/^ *//')"
echo "  dotnet:  $(dotnet --version 2>/dev/null || echo '?')"
echo "  source:  $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- Core Tools 2>/dev/null || echo ' + uncommitted changes in Core/Tools')"
echo "  machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || echo '?')"
echo "  reps:    $REPS (median reported; runs interleaved across tools)"
echo "  load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15-min load average before the runs)"
if awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v n="$(nproc)" 'BEGIN { exit !(l > 0.5 * n) }'; then
    echo "  WARNING: the machine is busy; wall-clock numbers will be noisy." 
fi

for variant in $VARIANTS; do
    flags="$(variant_flags "$variant")"
    log "variant '$variant': checking outputs"
    # Output check (untimed): both tools write to files, which must be byte-identical.
    ref_out="$OUT_DIR/out.$variant.mlir-opt.mlir"
    our_out="$OUT_DIR/out.$variant.dialectic-opt.mlir"
    # shellcheck disable=SC2086
    $(cmd_for mlir-opt) $flags "$(variant_input "$variant")" -o "$ref_out"
    # shellcheck disable=SC2086
    if $(cmd_for dialectic-opt) $flags "$(variant_input "$variant")" -o "$our_out" 2>"$TMP/stderr"; then
        if cmp -s "$ref_out" "$our_out"; then
            identical="yes"
        else
            identical="NO ($( { cmp "$ref_out" "$our_out" 2>&1 || true; } | sed 's/^.*differ: //'))"
        fi
    else
        identical="NO (dialectic-opt failed: $(head -c 300 "$TMP/stderr"))"
    fi

    for ((r = 1; r <= REPS; r++)); do
        log "variant '$variant': repetition $r/$REPS"
        for label in "${LABELS[@]}"; do
            timed_run "$variant" "$label"
        done
    done

    declare -A MED_T MED_CPU MED_MB
    for label in "${LABELS[@]}"; do
        f="$TMP/$variant.$label"
        MED_T[$label]=$(awk '{ print $1 }' "$f" | median)
        MED_CPU[$label]=$(awk '{ print $2 + $3 }' "$f" | median)
        MED_MB[$label]=$(awk '{ print $4 / 1024 }' "$f" | median)
    done

    echo
    echo "### variant: $variant  (input: $(basename "$(variant_input "$variant")")${flags:+, flags: $flags})"
    echo
    printf '| %-17s | %8s | %8s | %7s | %10s | %15s | %9s | %9s |\n' \
        tool "median s" "cpu s" "peak MB" "time ratio" "time ratio (1T)" "cpu ratio" "mem ratio"
    printf '|%s|%s|%s|%s|%s|%s|%s|%s|\n' "-------------------" "---------:" "---------:" "--------:" \
        "-----------:" "----------------:" "----------:" "----------:"
    for label in "${LABELS[@]}"; do
        tr=$(awk -v a="${MED_T[$label]}" -v b="${MED_T[mlir-opt]}" 'BEGIN { printf "%.2f", a / b }')
        tr1=$(awk -v a="${MED_T[$label]}" -v b="${MED_T[mlir-opt-1thread]}" 'BEGIN { printf "%.2f", a / b }')
        cr=$(awk -v a="${MED_CPU[$label]}" -v b="${MED_CPU[mlir-opt]}" 'BEGIN { printf "%.2f", a / b }')
        mr=$(awk -v a="${MED_MB[$label]}" -v b="${MED_MB[mlir-opt]}" 'BEGIN { printf "%.2f", a / b }')
        printf '| %-17s | %8.2f | %8.2f | %7.0f | %10s | %15s | %9s | %9s |\n' \
            "$label" "${MED_T[$label]}" "${MED_CPU[$label]}" "${MED_MB[$label]}" "$tr" "$tr1" "$cr" "$mr"
    done
    echo
    echo "time ratio = dialectic/mlir-opt wall time (mlir-opt multi-threaded by default);"
    echo "(1T) = against mlir-opt --mlir-disable-threading; cpu = user+sys seconds, cpu ratio against mlir-opt;"
    echo "mem ratio = peak RSS against mlir-opt. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (wall times"
    echo "are only meaningful on an otherwise idle machine; cpu times are less sensitive to other load)."
    echo "byte-identical output (dialectic-opt vs mlir-opt): $identical"
    verdict_t=$(awk -v a="${MED_T[dialectic-opt]}" -v b="${MED_T[mlir-opt]}" 'BEGIN { print (a <= b) ? "MET" : "NOT MET" }')
    verdict_m=$(awk -v a="${MED_MB[dialectic-opt]}" -v b="${MED_MB[mlir-opt]}" 'BEGIN { print (a <= 1.5 * b) ? "MET" : "NOT MET" }')
    echo "target time ratio <= 1.0: $verdict_t; target peak memory <= 1.5x: $verdict_m"
    speedup=$(awk -v a="${MED_T[dialectic-opt-1thread]}" -v b="${MED_T[dialectic-opt]}" 'BEGIN { printf "%.2f", a / b }')
    echo "dialectic-opt speedup from threading (1 thread / default, $(nproc) cores): ${speedup}x"
    if [[ "$variant" == func-canon-cse ]]; then
        # The passes alone: parse and print are single-threaded in both tools.
        for tool in mlir-opt dialectic-opt; do
            par=$(median <"$TMP/$variant.$tool.pass")
            seq=$(median <"$TMP/$variant.$tool-1thread.pass")
            echo "$tool pass time ('func.func' Pipeline, --mlir-timing): $par s on $(nproc) threads, $seq s on 1:" \
                "speedup $(awk -v a="$seq" -v b="$par" 'BEGIN { printf "%.2f", a / b }')x"
        done
        verdict_s=$(awk -v a="$(median <"$TMP/$variant.dialectic-opt-1thread.pass")" \
            -v b="$(median <"$TMP/$variant.dialectic-opt.pass")" 'BEGIN { print (a >= 1.7 * b) ? "MET" : "NOT MET" }')
        echo "target pass-time speedup >= 1.7x on 2 threads: $verdict_s"
    fi
    unset MED_T MED_CPU MED_MB
done
