"""Stage 2, extract: versioned prompts (``prompts``, shipped as package data) are sent through
one OpenAI-compatible client (``client``: openai + instructor, retries, deadlines) to a remote
endpoint or the embedded llama.cpp server (``local_model``, built by ``llama_build``); answers
and records are cached (``cache``, ``cache_redis``). ``grounded`` turns a v3 answer (sentence and
candidate ids) into records; ``chunking`` splits articles too long for one request."""
