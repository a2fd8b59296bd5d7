# Refund Guide bot. Build: `docker compose build` (or `docker build -t refundbot .`); the
# operators' console: `docker build --target operators -t refundbot-operators .`.
# Reading buyers' screenshots is opt-in (Pillow and tesserocr, whose wheel carries the Tesseract
# engine, 57 MB, plus Tesseract's English and Russian data, about 8 MB):
# `docker build --build-arg SCREENSHOTS=1 .` (compose: `docker compose build --build-arg
# SCREENSHOTS=1`, then `docker compose up -d`).
# Without it the bot tells buyers it cannot read images here and runs on.
# Dependencies are installed from the lock (requirements/, hashes checked) before any code is
# copied, so a code change rebuilds only the wheel layer. The wheel (catalogs compiled in by
# setup.py, the intent model's weights inside) goes into the venv /opt/refundbot; the final
# stages copy only that venv.
FROM python:3.11-slim AS deps
ARG SCREENSHOTS=
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /deps
COPY requirements ./requirements
RUN python -m venv /opt/refundbot \
 && /opt/refundbot/bin/pip install --require-hashes -r requirements/prod.txt
RUN if [ -n "$SCREENSHOTS" ]; then \
      /opt/refundbot/bin/pip install --require-hashes -r requirements/screenshots.txt; fi

FROM deps AS deps-operators
RUN /opt/refundbot/bin/pip install --require-hashes -r requirements/operators.txt

FROM python:3.11-slim AS wheel
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY pyproject.toml setup.py MANIFEST.in README.md ./
COPY bot ./bot
COPY flows ./flows
COPY locales ./locales
RUN python -m pip wheel --no-deps -w /dist .

FROM deps AS build
COPY --from=wheel /dist /dist
RUN /opt/refundbot/bin/pip install --no-deps /dist/refundbot-*.whl \
 && /opt/refundbot/bin/refundbot --version

FROM deps-operators AS build-operators
COPY --from=wheel /dist /dist
RUN /opt/refundbot/bin/pip install --no-deps /dist/refundbot-*.whl \
 && /opt/refundbot/bin/refundbot --version

FROM python:3.11-slim AS runtime
ARG SCREENSHOTS=
# Screenshots: Tesseract's English and Russian data (about 8 MB); the engine itself comes in
# the tesserocr wheel.
RUN if [ -n "$SCREENSHOTS" ]; then \
      apt-get update \
      && apt-get install -y --no-install-recommends tesseract-ocr-eng tesseract-ocr-rus \
      && rm -rf /var/lib/apt/lists/*; fi
RUN useradd --system --uid 10001 --user-group --home-dir /data --no-create-home refundbot \
 && mkdir /data && chown refundbot:refundbot /data && chmod 0700 /data
# The python image ships its standard library without bytecode, and the bot's user may not
# write any: without this, every start compiles again the ~180 standard modules `refundbot
# run` imports (~0.5 s of CPU). About 13 MB; the venv's own modules were compiled by pip.
RUN python -m compileall -q -j 0 \
      -x '/(site-packages|test|tests|idlelib|tkinter|lib2to3|turtledemo)/' \
      "$(python -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
ENV PATH=/opt/refundbot/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    REFUNDBOT_DB=/data/refundbot.sqlite3
# The database (and the backups you make with `refundbot backup /data/backups`) live here.
VOLUME ["/data"]
WORKDIR /data

# The operators' web console over the bot's database (the same volume). It listens on all of
# the container's addresses; compose publishes it on the host's 127.0.0.1 only (see README,
# "The console on a server").
FROM runtime AS operators
COPY --from=build-operators /opt/refundbot /opt/refundbot
USER refundbot
EXPOSE 8001
CMD ["refundbot", "operators", "--host", "0.0.0.0", "--port", "8001"]

# The bot: the last stage, so a plain `docker build` makes it.
FROM runtime AS bot
COPY --from=build /opt/refundbot /opt/refundbot
USER refundbot
# Healthy: the database opens, its schema is current, the bot polled Telegram recently.
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 \
  CMD ["refundbot", "health"]
# SIGTERM (docker stop) lets the bot finish the update in hand and close the database.
STOPSIGNAL SIGTERM
CMD ["refundbot", "run"]
