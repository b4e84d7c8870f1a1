"""Stage 2, extract: versioned prompts (``prompts``, shipped as package data) are sent through
one OpenAI-compatible client (``client``: openai + instructor, retries, deadlines) to a remote
endpoint or the embedded llama.cpp server (``local_model``, built by ``llama_build``); answers
and records are cached (``cache``, ``cache_redis``). ``grounded_prompt`` renders a v3, v4 or v5
request (numbered sentences and candidates) and its answer schema, ``grounded`` turns the answer
(sentence and candidate ids) into records; ``chunking`` splits articles too long for one request."""
