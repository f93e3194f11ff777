# One app process per container; run several behind HAProxy (deploy/haproxy.cfg.in) or any
# load balancer with sticky sessions. Not built or run on the development machines (they have
# no container engine): see README, "Serving a whole course".
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    JAX_PLATFORMS=cpu \
    LOSSLAB_JAX_CACHE=/app/.cache/jax \
    STREAMLIT_BROWSER_GATHER_USAGE_STATS=false \
    STREAMLIT_SERVER_HEADLESS=true

RUN useradd --create-home --uid 10001 lab
WORKDIR /app
COPY --chown=lab:lab . /app
RUN pip install --no-cache-dir -e . && chown -R lab:lab /app

USER lab
# Compile every lesson's default view into the image's JAX cache: containers start warm.
RUN python -m ui.warmup

EXPOSE 8501
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD python -c "import urllib.request, sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=2).read().strip() != b'ok')"
# Replicas must share STREAMLIT_SERVER_COOKIE_SECRET (pass the same value to every container).
CMD ["streamlit", "run", "asgi.py", "--server.port", "8501", "--server.address", "0.0.0.0"]
