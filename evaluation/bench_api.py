"""Latency of the HTTP API on loopback: one ``ias-tagger serve`` process on 127.0.0.1, one client."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np

logger = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"

# Percentiles from fewer requests than this are not reported, because p95 and p99 of a handful of
# samples are interpolations between the slowest two.
MIN_REQUESTS_FOR_TAIL = 20


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def _latency_summary(milliseconds: list[float], listings_per_request: int) -> dict:
    values = np.asarray(milliseconds)
    summary = {
        "requests": len(milliseconds),
        "listings_per_request": listings_per_request,
        "p50_ms": round(float(np.percentile(values, 50)), 1),
        "p95_ms": None,
        "p99_ms": None,
        "max_ms": round(float(values.max()), 1),
        "listings_per_second": round(listings_per_request / (float(np.median(values)) / 1000), 1),
    }
    if len(milliseconds) >= MIN_REQUESTS_FOR_TAIL:
        summary["p95_ms"] = round(float(np.percentile(values, 95)), 1)
        summary["p99_ms"] = round(float(np.percentile(values, 99)), 1)
    return summary


def _wait_until_healthy(client: httpx.Client, server: subprocess.Popen, log_path: Path, timeout_s: float) -> dict:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"server exited with status {server.returncode} before it was healthy; "
                               f"log tail: {log_path.read_text(encoding='utf-8', errors='replace')[-2000:]}")
        try:
            response = client.get("/healthz", timeout=5)
            if response.status_code == 200:
                return response.json()
        except httpx.TransportError:
            pass
        time.sleep(0.25)
    raise TimeoutError(f"server on {client.base_url} was not healthy after {timeout_s:.0f} s; "
                       f"log tail: {log_path.read_text(encoding='utf-8', errors='replace')[-2000:]}")


def _stop(server: subprocess.Popen) -> None:
    if server.poll() is not None:
        return
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        logger.warning("server pid %d ignored SIGTERM for 15 s; killing it", server.pid)
        server.kill()
        server.wait(timeout=15)


def _time_post(client: httpx.Client, url: str, payload: dict, timeout_s: float) -> float:
    started = time.perf_counter()
    response = client.post(url, json=payload, timeout=timeout_s)
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise RuntimeError(f"POST {url} returned {response.status_code}: {response.text[:500]}")
    return elapsed * 1000


def measure_api_latency(
    texts: list[str],
    cache_dir: Path,
    single_requests: int = 200,
    batch_sizes: tuple[int, ...] = (100, 1000),
    batch_requests: dict[int, int] | None = None,
    fast: bool = False,
    startup_timeout_s: float = 300,
    request_timeout_s: float = 600,
) -> dict:
    """Start a server, time sequential requests from one client, then stop the server.

    Single requests cycle through ``texts``. A batch of size n contains the first n entries of
    ``texts`` repeated as often as needed. ``batch_requests`` maps a batch size to its number of
    requests (default 3). Three untimed single requests run first. Latency is client wall time
    per request, JSON encoding and decoding included.
    """
    if not texts:
        raise ValueError("no listings to send")
    batch_requests = batch_requests or {}
    port = free_port()
    command = [sys.executable, "-m", "api.cli", "serve", "--host", HOST, "--port", str(port)]
    if fast:
        command.append("--fast")
    env = dict(os.environ, IAS_CACHE_DIR=str(cache_dir), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")

    with tempfile.TemporaryDirectory(prefix="ias-bench-api-") as folder:
        log_path = Path(folder) / "server.log"
        with open(log_path, "w", encoding="utf-8") as log:
            started = time.perf_counter()
            server = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            with httpx.Client(base_url=f"http://{HOST}:{port}") as client:
                health = _wait_until_healthy(client, server, log_path, startup_timeout_s)
                startup_seconds = time.perf_counter() - started

                for text in texts[:3]:
                    _time_post(client, "/v1/classify", {"text": text}, request_timeout_s)
                single = [
                    _time_post(client, "/v1/classify", {"text": texts[i % len(texts)]}, request_timeout_s)
                    for i in range(single_requests)
                ]
                batches = []
                for size in batch_sizes:
                    listings = [{"text": texts[i % len(texts)]} for i in range(size)]
                    times = [
                        _time_post(client, "/v1/classify/batch", {"listings": listings}, request_timeout_s)
                        for _ in range(batch_requests.get(size, 3))
                    ]
                    batches.append(_latency_summary(times, size))
        finally:
            _stop(server)

    return {
        "path": "fast" if fast else "full",
        "startup_seconds": round(startup_seconds, 2),
        "server_load_seconds": health.get("load_seconds"),
        "single": _latency_summary(single, 1) if single else None,
        "batches": batches,
    }
