"""The embedded model's server binary: llama.cpp's own ``llama-server``, built once per CPU family.

Why not ``pip install llama-cpp-python``: its build compiles with ``-march=native``. On an Intel
Xeon whose CPU flags list AMX but whose hypervisor does not grant AMX tile state, that binary
loads and then dies with SIGSEGV at an ``ldtilecfg`` instruction on the first completion. pip's
wheel cache also keys the built wheel by the sdist alone, so a machine that once built the
native wheel keeps reinstalling it whatever ``CMAKE_ARGS`` say later.

So summarizer builds llama.cpp's ``llama-server`` itself, from the llama.cpp sources vendored in
the pinned llama-cpp-python sdist (fetched from PyPI with ``pip download`` and checked against its
sha256), with:

* ``GGML_NATIVE=OFF`` and an explicit instruction set (:class:`FlagSet`), chosen from
  ``/proc/cpuinfo``: AVX-512 (+VNNI/VBMI/BF16 when present) or AVX2. The AMX kernels are never
  compiled (``GGML_AMX_*=OFF``), whatever the CPU claims.
* the binary stored under ``<cache>/bin/llama-server-<sdist version>-<flag set>``: the file name
  is the cache key, so a different CPU family or llama.cpp version builds its own binary and a
  stale one is never reused (unlike pip's wheel cache).
* llama.cpp's server, not llama-cpp-python's: it decodes several requests at once (``--parallel``
  with continuous batching), which raises batch throughput; it speaks the same OpenAI API.

``SUMMARIZER_LLAMA_SERVER`` names any llama-server-compatible executable instead (a system
llama.cpp, or a stand-in in tests).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from platformdirs import user_cache_dir

SDIST = "llama-cpp-python==0.3.36"
SDIST_FILE = "llama_cpp_python-0.3.36.tar.gz"
SDIST_SHA256 = "832db0699007f1be95a7e41ef12e88926b02ba836461e36a36372db2760c1a2e"
SERVER_ENV = "SUMMARIZER_LLAMA_SERVER"
Log = Callable[[str], None]

_COMMON = ("-DCMAKE_BUILD_TYPE=Release", "-DBUILD_SHARED_LIBS=OFF", "-DGGML_NATIVE=OFF",
           "-DGGML_AMX_TILE=OFF", "-DGGML_AMX_INT8=OFF", "-DGGML_AMX_BF16=OFF",
           "-DLLAMA_CURL=OFF", "-DLLAMA_OPENSSL=OFF", "-DLLAMA_BUILD_TESTS=OFF",
           "-DLLAMA_BUILD_EXAMPLES=OFF", "-DLLAMA_BUILD_TOOLS=ON", "-DLLAMA_BUILD_SERVER=ON")
_AVX2 = ("-DGGML_AVX=ON", "-DGGML_AVX2=ON", "-DGGML_FMA=ON", "-DGGML_F16C=ON", "-DGGML_BMI2=ON")


class FlagSet(NamedTuple):
    """One instruction-set choice: a name for the binary's file name and its cmake options."""

    name: str
    cmake_args: tuple[str, ...]
    needs: frozenset[str]


#: Best first. Each needs only CPU flags the kernel reports *and* enables (AMX is never used).
FLAG_SETS = (
    FlagSet("avx512-vnni", (*_AVX2, "-DGGML_AVX512=ON", "-DGGML_AVX512_VNNI=ON"),
            frozenset({"avx2", "fma", "f16c", "bmi2", "avx512f", "avx512bw", "avx512vl", "avx512dq",
                       "avx512cd", "avx512_vnni"})),
    FlagSet("avx512", (*_AVX2, "-DGGML_AVX512=ON"),
            frozenset({"avx2", "fma", "f16c", "bmi2", "avx512f", "avx512bw", "avx512vl", "avx512dq",
                       "avx512cd"})),
    FlagSet("avx2", _AVX2, frozenset({"avx2", "fma", "f16c", "bmi2"})),
    FlagSet("sse42", ("-DGGML_AVX=OFF", "-DGGML_AVX2=OFF", "-DGGML_FMA=OFF", "-DGGML_F16C=OFF"),
            frozenset()),
)


class BuildError(RuntimeError):
    """llama-server could not be built; the message names the build log."""


def cpu_flags(cpuinfo: Path = Path("/proc/cpuinfo")) -> frozenset[str]:
    try:
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("flags"):
                return frozenset(line.partition(":")[2].split())
    except OSError:
        pass
    return frozenset()


def choose_flag_set(flags: frozenset[str], name: str | None = None) -> FlagSet:
    """The named set, or the best one whose instructions this CPU reports."""
    if name:
        for flag_set in FLAG_SETS:
            if flag_set.name == name:
                return flag_set
        raise BuildError(f"unknown flag set {name!r}; known: {', '.join(f.name for f in FLAG_SETS)}")
    return next(f for f in FLAG_SETS if f.needs <= flags)


def bin_dir() -> Path:
    return Path(os.environ.get("SUMMARIZER_CACHE_DIR") or user_cache_dir("summarizer")) / "bin"


def binary_path(flag_set: FlagSet) -> Path:
    version = SDIST.partition("==")[2]
    return bin_dir() / f"llama-server-{version}-{flag_set.name}"


def _sources(workdir: Path, log: Log) -> Path:
    """Download the pinned sdist with pip, check its hash, unpack the vendored llama.cpp."""
    log(f"downloading the llama.cpp sources ({SDIST} sdist from PyPI)")
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                    "--quiet", "-d", str(workdir), SDIST], check=True)
    archive = workdir / SDIST_FILE
    from summarizer.extract.local_model import sha256_file

    if sha256_file(archive) != SDIST_SHA256:
        raise BuildError(f"{SDIST_FILE}: sha256 does not match the pinned {SDIST_SHA256[:12]}…")
    with tarfile.open(archive) as tar:
        tar.extractall(workdir, filter="data")
    return workdir / SDIST_FILE.removesuffix(".tar.gz") / "vendor" / "llama.cpp"


def build_server(flag_set: FlagSet, log: Log = print, jobs: int | None = None) -> Path:
    """Compile ``llama-server`` for ``flag_set`` into the cache (about 5 minutes on 2 cores)."""
    target = binary_path(flag_set)
    target.parent.mkdir(parents=True, exist_ok=True)
    log_path = target.parent / f"{target.name}.build.log"
    with tempfile.TemporaryDirectory(prefix="summarizer-llama-") as tmp, log_path.open("w") as build_log:
        source = _sources(Path(tmp), log)
        build = Path(tmp) / "build"
        log(f"compiling llama-server ({flag_set.name}, no AMX) once; log: {log_path}")
        steps = [["cmake", "-S", str(source), "-B", str(build), *_COMMON, *flag_set.cmake_args],
                 ["cmake", "--build", str(build), "--target", "llama-server", "-j", str(jobs or os.cpu_count() or 2)]]
        for step in steps:
            if subprocess.run(step, stdout=build_log, stderr=subprocess.STDOUT).returncode != 0:
                raise BuildError(f"building llama-server failed; see {log_path}")
        partial = target.with_suffix(".partial")
        shutil.copy2(build / "bin" / "llama-server", partial)
        os.replace(partial, target)
    return target


def server_binary(*, build: bool = True, log: Log = print) -> Path:
    """The llama-server to run: ``$SUMMARIZER_LLAMA_SERVER``, else this CPU's build (built if missing)."""
    configured = os.environ.get(SERVER_ENV)
    if configured:
        return Path(configured)
    target = binary_path(choose_flag_set(cpu_flags()))
    if not target.is_file():
        if not build:
            raise BuildError(f"llama-server is not built yet: run `summarizer model build` (expected {target})")
        build_server(choose_flag_set(cpu_flags()), log)
    return target


def server_available() -> bool:
    """True when a server binary is configured or already built for this CPU (nothing is built)."""
    try:
        return server_binary(build=False).is_file()
    except BuildError:
        return False
