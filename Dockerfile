# Refund Guide bot. Build: `docker compose build` (or `docker build -t refundbot .`).
# Stage 1 builds the wheel (catalogs compiled in by setup.py) and installs it, runtime
# dependencies only, into /opt/refundbot. Stage 2 copies just that venv.
FROM python:3.11-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY pyproject.toml setup.py MANIFEST.in README.md ./
COPY bot ./bot
COPY flows ./flows
COPY locales ./locales
RUN python -m pip wheel --no-deps -w /dist . \
 && python -m venv /opt/refundbot \
 && /opt/refundbot/bin/pip install /dist/refundbot-*.whl \
 && /opt/refundbot/bin/refundbot --version

FROM python:3.11-slim
# Screenshots: Tesseract's English and Russian data (about 8 MB); the engine itself comes in
# the tesserocr wheel. Without them the bot says it cannot read images and runs on.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr-eng tesseract-ocr-rus \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --user-group --home-dir /data --no-create-home refundbot \
 && mkdir /data && chown refundbot:refundbot /data && chmod 0700 /data
COPY --from=build /opt/refundbot /opt/refundbot
ENV PATH=/opt/refundbot/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    REFUNDBOT_DB=/data/refundbot.sqlite3
# The database (and the backups you make with `refundbot backup /data/backups`) live here.
VOLUME ["/data"]
WORKDIR /data
USER refundbot
# Healthy: the database opens, its schema is current, the bot polled Telegram recently.
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 \
  CMD ["refundbot", "health"]
# SIGTERM (docker stop) lets the bot finish the update in hand and close the database.
STOPSIGNAL SIGTERM
CMD ["refundbot", "run"]
