"""Scale out: the same pipeline on a Ray cluster, a remote endpoint and a shared (Redis) cache.

A thin edge: datasets in (:func:`read_inputs`, or any ``ray.data`` dataset with a ``text``
column), :func:`extract_dataset` on a pool of actors each holding one
:class:`~summarizer.pipeline.Summarizer`, results out (:func:`iter_results` to the driver, or
Ray's writers). Needs the ``ray`` extra (``pip install 'summarizer[ray]'``)::

    import ray, summarizer.distributed as sd
    ds = ray.data.read_json("feed.jsonl")
    results = sd.extract_dataset(ds, base_url="http://vllm:8000/v1", model="qwen2.5-7b",
                                 cache_url="redis://cache:6379/0", concurrency=16)  # or a SummarizerConfig
    results.write_parquet("out/")
"""

from summarizer.distributed.driver import MAX_DRIVER_RECORDS, DriverLimitError, collect_for_merge, write_parquet
from summarizer.distributed.engine import Plan, connect, extract_dataset, iter_results
from summarizer.distributed.inputs import read_inputs

__all__ = ["MAX_DRIVER_RECORDS", "DriverLimitError", "Plan", "collect_for_merge", "connect", "extract_dataset",
           "iter_results", "read_inputs", "write_parquet"]
