# klbot in a container: the Telegram bot (long polling by default), its knowledge, and a
# volume for the curation database. See README.md, "Deployment".
#
#   docker build -t klbot .
#   docker run -d --name klbot --env-file .env -v klbot-data:/data klbot
#   docker exec klbot klbot review          # curators: what users asked that had no answer
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    BOT_DATA_DIR=/data \
    BOT_KNOWLEDGE_DIR=/app/knowledge

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install . && rm -rf build ./*.egg-info
COPY knowledge ./knowledge

# Not root: the bot needs to write nothing but the data volume.
RUN useradd --system --uid 10001 --user-group --home-dir /nonexistent --no-create-home \
        --shell /usr/sbin/nologin klbot \
    && mkdir -p /data \
    && chown klbot:klbot /data
USER klbot
VOLUME ["/data"]

# Webhook mode only (BOT_WEBHOOK_URL, BOT_LISTEN=0.0.0.0); long polling needs no open port.
EXPOSE 8443

# One line, exit 0 or 1: the knowledge loads and /data can be written.
HEALTHCHECK --interval=60s --timeout=20s --start-period=30s --retries=3 CMD ["klbot", "health"]

# SIGTERM (docker stop) stops the bot cleanly; it writes what is queued first.
STOPSIGNAL SIGTERM
ENTRYPOINT ["klbot"]
CMD ["run"]
