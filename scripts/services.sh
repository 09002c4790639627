#!/usr/bin/env bash
# Real MinIO and Elasticsearch for development and the real-backend tests.
#
#   scripts/services.sh install   build MinIO (Go) and fetch Elasticsearch (Maven) into .services/
#   scripts/services.sh start     install when missing, then start both (no-op when running)
#   scripts/services.sh stop      stop both
#   scripts/services.sh status    show what runs (exit 1 when something is down)
#   scripts/services.sh env       print CONTRACTS_* settings for the running services, one
#                                 KEY=VALUE a line (use: export $(scripts/services.sh env))
#
# Everything lives under the repo's ignored folder .services/: binaries, data, logs, pid files
# and the generated secrets (.services/minio.env, mode 600).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SVC="${CONTRACTS_SERVICES_DIR:-$ROOT/.services}"

MINIO_MODULE="github.com/minio/minio@v0.0.0-20260212201848-7aac2a2c5b7c"
MINIO_HOST=127.0.0.1
MINIO_PORT="${SERVICES_MINIO_PORT:-9100}"
MINIO_CONSOLE_PORT="${SERVICES_MINIO_CONSOLE_PORT:-9101}"
MINIO_BIN="$SVC/bin/minio"
# Bump when the patch in build_minio changes: a binary without this stamp is rebuilt.
MINIO_PATCH_ID=flush-tracking-writer-1
MINIO_STAMP="$SVC/bin/minio.patch"
MINIO_DATA="$SVC/minio-data"
MINIO_ENV="$SVC/minio.env"
MINIO_LOG="$SVC/logs/minio.log"
MINIO_PID="$SVC/run/minio.pid"

ES_VERSION=8.19.3
ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"
ES_PORT="${SERVICES_ES_PORT:-9200}"
ES_HOME="$SVC/elasticsearch-$ES_VERSION"
ES_STATE="$SVC/es"              # data, logs, pid: owned by the ES user
ES_PID="$ES_STATE/run/es.pid"
ES_LOG="$ES_STATE/logs/contracts-es.log"
ES_OUT="$ES_STATE/logs/stdout.log"
ES_USER="${SERVICES_ES_USER:-contracts-es}"

# Elasticsearch runs as $ES_USER, which must be able to reach its folders. When the repo sits
# below a folder others cannot enter (e.g. /root), its install and state move to a folder of
# their own under /var/lib, named after this checkout.
others_can_enter() { # dir: every folder from / down to it lets others pass (o+x)
    local d="$1"
    while [[ "$d" != "/" && -n "$d" ]]; do
        [[ -e "$d" ]] && [[ "$(stat -c %A "$d")" != *[xt] ]] && return 1  # t: sticky + x
        d="$(dirname "$d")"
    done
    return 0
}
if [[ "$(id -u)" == 0 ]] && ! others_can_enter "$SVC"; then
    ES_BASE="/var/lib/contracts-es/$(printf '%s' "$SVC" | sha256sum | cut -c1-12)"
    ES_HOME="$ES_BASE/elasticsearch-$ES_VERSION"
    ES_STATE="$ES_BASE/es"
    ES_PID="$ES_STATE/run/es.pid"
    ES_LOG="$ES_STATE/logs/contracts-es.log"
    ES_OUT="$ES_STATE/logs/stdout.log"
fi

START_TIMEOUT="${SERVICES_START_TIMEOUT:-180}"
STOP_TIMEOUT="${SERVICES_STOP_TIMEOUT:-60}"

log() { printf '[services] %s\n' "$*" >&2; }
die() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }

tail_log() { # file
    if [[ -f "$1" ]]; then
        printf -- '----- last lines of %s -----\n' "$1" >&2
        tail -n 40 "$1" >&2
        printf -- '-----\n' >&2
    fi
}

pid_alive() { # pidfile
    [[ -f "$1" ]] || return 1
    local pid
    pid="$(cat "$1" 2>/dev/null || true)"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null
}

is_root() { [[ "$(id -u)" == 0 ]]; }

find_go() {
    if command -v go >/dev/null 2>&1; then command -v go
    elif [[ -x /usr/local/go/bin/go ]]; then echo /usr/local/go/bin/go
    else die "Go is needed to build MinIO (go not on PATH)"; fi
}

java_home() {
    if [[ -n "${ES_JAVA_HOME:-}" ]]; then echo "$ES_JAVA_HOME"
    elif [[ -n "${JAVA_HOME:-}" ]]; then echo "$JAVA_HOME"
    elif command -v java >/dev/null 2>&1; then
        dirname "$(dirname "$(readlink -f "$(command -v java)")")"
    else die "Java (17+) is needed to run Elasticsearch (java not on PATH, JAVA_HOME unset)"; fi
}

# --- install -----------------------------------------------------------------------------
# MinIO is built from a patched copy of the module source. In this MinIO build every S3
# response goes through s3APIMiddleware (cmd/api-router.go), which wraps the writer in a
# trackingResponseWriter (cmd/api-response.go) that has no Flush method. xhttp.Flush
# (internal/http/flush.go) type-asserts http.Flusher, so every flush becomes a no-op and a
# streaming response stays in net/http's write buffers (2 KiB + 4 KiB) until they fill: the
# ListenBucketNotification stream (cmd/listen-notification-handlers.go) then sends no headers
# and no event for minutes, and the watcher (flows/watch.py) never hears of new batches.
# No setting or client option avoids the wrapper, so we add the missing method (a separate
# file, only while upstream lacks it). Drop this once the pinned MinIO has the method.
build_minio() {
    local go src; go="$(find_go)"
    log "building MinIO from source ($MINIO_MODULE, patched) ..."
    src="$(cd "$SVC" && "$go" mod download -json "$MINIO_MODULE" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
    [[ -n "$src" && -d "$src" ]] || die "go mod download $MINIO_MODULE failed"
    rm -rf "$SVC/src/minio" && mkdir -p "$SVC/src"
    cp -r "$src" "$SVC/src/minio" && chmod -R u+w "$SVC/src/minio"
    if ! grep -q 'func (w \*trackingResponseWriter) Flush()' "$SVC/src/minio"/cmd/*.go; then
        cat >"$SVC/src/minio/cmd/zz_contracts_flush.go" <<'GOEOF'
package cmd

import "net/http"

// Flush passes flushes through, so streamed responses (ListenNotification) reach the client.
func (w *trackingResponseWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}
GOEOF
    fi
    (cd "$SVC/src/minio" && CGO_ENABLED=0 "$go" build -trimpath -o "$MINIO_BIN.new" .) \
        || die "MinIO build failed"
    mv -f "$MINIO_BIN.new" "$MINIO_BIN"
    rm -rf "$SVC/src/minio"; rmdir "$SVC/src" 2>/dev/null || true
    echo "$MINIO_PATCH_ID" >"$MINIO_STAMP"
}

install_minio() {
    mkdir -p "$SVC/bin"
    if [[ ! -x "$MINIO_BIN" || "$(cat "$MINIO_STAMP" 2>/dev/null)" != "$MINIO_PATCH_ID" ]]; then
        build_minio
    fi
    if [[ ! -f "$MINIO_ENV" ]]; then
        log "generating MinIO root credentials and KMS key in $MINIO_ENV"
        local user pass key
        user="contracts-$(openssl rand -hex 4)"
        pass="$(openssl rand -hex 24)"
        key="contracts-sse:$(openssl rand -base64 32)"
        (umask 077 && printf 'MINIO_ROOT_USER=%s\nMINIO_ROOT_PASSWORD=%s\nMINIO_KMS_SECRET_KEY=%s\n' \
            "$user" "$pass" "$key" >"$MINIO_ENV")
    fi
    chmod 600 "$MINIO_ENV"
}

install_es() {
    if [[ ! -x "$ES_HOME/bin/elasticsearch" ]]; then
        local zip="$SVC/dl/elasticsearch-$ES_VERSION.zip"
        if [[ ! -f "$zip" ]]; then
            log "fetching Elasticsearch $ES_VERSION (integ-test-zip) with Maven ..."
            command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is needed to fetch Elasticsearch"
            mvn -q -B dependency:copy -Dartifact="$ES_ARTIFACT" -DoutputDirectory="$SVC/dl" \
                >"$SVC/logs/maven.log" 2>&1 \
                || { tail_log "$SVC/logs/maven.log"; die "fetching $ES_ARTIFACT failed"; }
        fi
        log "unpacking Elasticsearch into $ES_HOME"
        rm -rf "$ES_HOME.tmp" && mkdir -p "$ES_HOME.tmp"
        unzip -q "$zip" -d "$ES_HOME.tmp"
        mv "$ES_HOME.tmp/elasticsearch-$ES_VERSION" "$ES_HOME" && rmdir "$ES_HOME.tmp"
    fi
    mkdir -p "$ES_STATE/data" "$ES_STATE/logs" "$ES_STATE/run" "$ES_STATE/tmp"
    cat >"$ES_HOME/config/elasticsearch.yml" <<EOF
# written by scripts/services.sh
cluster.name: contracts-dev
node.name: contracts-es-1
discovery.type: single-node
network.host: 127.0.0.1
http.port: $ES_PORT
transport.port: 9300-9400
path.data: $ES_STATE/data
path.logs: $ES_STATE/logs
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: true
EOF
    printf -- '-Xms1g\n-Xmx1g\n' >"$ES_HOME/config/jvm.options.d/heap.options"
    if is_root; then
        if ! id -u "$ES_USER" >/dev/null 2>&1; then
            log "creating system user $ES_USER (Elasticsearch refuses to run as root)"
            useradd --system --no-create-home --home-dir "$ES_STATE" \
                --shell /usr/sbin/nologin "$ES_USER"
        fi
        chown -R "$ES_USER:" "$ES_HOME" "$ES_STATE"
    fi
}

cmd_install() {
    mkdir -p "$SVC/logs" "$SVC/run" "$SVC/dl"
    install_minio
    install_es
}

# --- start -------------------------------------------------------------------------------
minio_ready() { curl -fsS -o /dev/null --max-time 2 "http://$MINIO_HOST:$MINIO_PORT/minio/health/ready" 2>/dev/null; }

es_health() { curl -fsS --max-time 5 "http://127.0.0.1:$ES_PORT/_cluster/health" 2>/dev/null; }

es_ready() {
    local h
    h="$(es_health)" || return 1
    [[ "$h" == *'"status":"green"'* || "$h" == *'"status":"yellow"'* ]]
}

wait_for() { # name pidfile logfile check-function
    local name="$1" pidfile="$2" logfile="$3" check="$4" waited=0
    while ! "$check"; do
        if ! pid_alive "$pidfile"; then
            log "$name exited during start-up"
            tail_log "$logfile"
            die "$name did not start"
        fi
        if (( waited >= START_TIMEOUT )); then
            log "$name not ready after ${START_TIMEOUT}s"
            tail_log "$logfile"
            die "$name did not become ready"
        fi
        sleep 1; waited=$((waited + 1))
    done
    log "$name ready (${waited}s)"
}

start_minio() {
    if pid_alive "$MINIO_PID" && minio_ready; then log "MinIO already running"; return; fi
    if minio_ready; then die "something else answers on $MINIO_HOST:$MINIO_PORT (not our MinIO)"; fi
    mkdir -p "$MINIO_DATA" "$SVC/logs" "$SVC/run"
    log "starting MinIO on $MINIO_HOST:$MINIO_PORT (console $MINIO_CONSOLE_PORT)"
    (
        set -a; . "$MINIO_ENV"; set +a
        export MINIO_BROWSER=on MINIO_UPDATE=off
        exec setsid "$MINIO_BIN" server --quiet --anonymous \
            --address "$MINIO_HOST:$MINIO_PORT" \
            --console-address "$MINIO_HOST:$MINIO_CONSOLE_PORT" \
            "$MINIO_DATA" >>"$MINIO_LOG" 2>&1 </dev/null
    ) &
    echo $! >"$MINIO_PID"
    wait_for MinIO "$MINIO_PID" "$MINIO_LOG" minio_ready
}

start_es() {
    if pid_alive "$ES_PID" && es_ready; then log "Elasticsearch already running"; return; fi
    if es_health >/dev/null; then die "something else answers on 127.0.0.1:$ES_PORT (not our Elasticsearch)"; fi
    local jh; jh="$(java_home)"
    rm -f "$ES_PID"
    log "starting Elasticsearch $ES_VERSION on 127.0.0.1:$ES_PORT (Java: $jh)"
    local -a run=(env "ES_JAVA_HOME=$jh" "ES_TMPDIR=$ES_STATE/tmp" "HOME=$ES_STATE"
        "$ES_HOME/bin/elasticsearch" -d -p "$ES_PID")
    if is_root; then
        chown -R "$ES_USER:" "$ES_STATE"
        runuser -u "$ES_USER" -- "${run[@]}" >>"$ES_OUT" 2>&1 </dev/null \
            || { tail_log "$ES_OUT"; tail_log "$ES_LOG"; die "Elasticsearch did not start"; }
    else
        "${run[@]}" >>"$ES_OUT" 2>&1 </dev/null \
            || { tail_log "$ES_OUT"; tail_log "$ES_LOG"; die "Elasticsearch did not start"; }
    fi
    # with -d the launcher returns once the node runs; the pid file appears shortly after
    local waited=0
    while [[ ! -s "$ES_PID" ]] && (( waited < 30 )); do sleep 1; waited=$((waited + 1)); done
    wait_for Elasticsearch "$ES_PID" "$ES_LOG" es_ready
}

cmd_start() {
    if [[ ! -x "$MINIO_BIN" || ! -f "$MINIO_ENV" || ! -x "$ES_HOME/bin/elasticsearch" \
          || "$(cat "$MINIO_STAMP" 2>/dev/null)" != "$MINIO_PATCH_ID" ]]; then
        cmd_install
    else
        install_es >/dev/null   # refresh config and ownership (cheap)
    fi
    start_minio
    start_es
}

# --- stop --------------------------------------------------------------------------------
stop_one() { # name pidfile
    local name="$1" pidfile="$2"
    if ! pid_alive "$pidfile"; then log "$name not running"; rm -f "$pidfile"; return; fi
    local pid waited=0
    pid="$(cat "$pidfile")"
    log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do
        if (( waited >= STOP_TIMEOUT )); then
            log "$name did not stop after ${STOP_TIMEOUT}s; killing it"
            kill -KILL "$pid" 2>/dev/null || true
            break
        fi
        sleep 1; waited=$((waited + 1))
    done
    rm -f "$pidfile"
}

cmd_stop() {
    stop_one Elasticsearch "$ES_PID"
    stop_one MinIO "$MINIO_PID"
}

# --- status / env ------------------------------------------------------------------------
cmd_status() {
    local rc=0
    if pid_alive "$MINIO_PID" && minio_ready; then
        echo "minio: running (pid $(cat "$MINIO_PID")) http://$MINIO_HOST:$MINIO_PORT console http://$MINIO_HOST:$MINIO_CONSOLE_PORT"
    else echo "minio: stopped"; rc=1; fi
    if pid_alive "$ES_PID" && es_ready; then
        echo "elasticsearch: running (pid $(cat "$ES_PID")) http://127.0.0.1:$ES_PORT"
    else echo "elasticsearch: stopped"; rc=1; fi
    return $rc
}

cmd_env() {
    [[ -f "$MINIO_ENV" ]] || die "no $MINIO_ENV: run scripts/services.sh start first"
    local user pass
    user="$(sed -n 's/^MINIO_ROOT_USER=//p' "$MINIO_ENV")"
    pass="$(sed -n 's/^MINIO_ROOT_PASSWORD=//p' "$MINIO_ENV")"
    echo "CONTRACTS_S3_ENDPOINT=$MINIO_HOST:$MINIO_PORT"
    echo "CONTRACTS_S3_ACCESS_KEY=$user"
    echo "CONTRACTS_S3_SECRET_KEY=$pass"
    echo "CONTRACTS_S3_SECURE=false"
    echo "CONTRACTS_ES_URL=http://127.0.0.1:$ES_PORT"
}

case "${1:-}" in
    install) cmd_install ;;
    start) cmd_start ;;
    stop) cmd_stop ;;
    restart) cmd_stop; cmd_start ;;
    status) cmd_status ;;
    env) cmd_env ;;
    pidfiles) printf 'minio=%s\nelasticsearch=%s\n' "$MINIO_PID" "$ES_PID" ;;
    *) echo "usage: $0 {install|start|stop|restart|status|env}" >&2; exit 2 ;;
esac
