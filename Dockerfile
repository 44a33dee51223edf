# syntax=docker/dockerfile:1
# PardonWatch on Airflow 3.3: one image for every Airflow service of docker-compose.yml.
# The pipeline package and the DAGs live in /opt/pardonwatch (installed by `uv sync`
# from pyproject.toml and uv.lock); the DAGs folder points at /opt/pardonwatch/dags.
FROM python:3.11-slim-bookworm

COPY --from=ghcr.io/astral-sh/uv:0.13.9 /uv /uvx /usr/local/bin/

ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/opt/pardonwatch/.venv \
    PYTHONUNBUFFERED=1

WORKDIR /opt/pardonwatch

# Dependencies first, so code changes do not reinstall Airflow.
COPY pyproject.toml uv.lock README.md ./
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-dev --no-install-project

COPY pipeline ./pipeline
COPY dags ./dags
COPY sql ./sql
COPY samples ./samples
COPY feeds.yaml subscribers.yaml ./
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-dev

# Airflow's usual uid; /data becomes the shared DuckDB volume and keeps this owner.
RUN useradd --uid 50000 --gid 0 --home-dir /opt/airflow --create-home airflow \
    && mkdir -p /data \
    && chown -R 50000:0 /data /opt/airflow

ENV PATH=/opt/pardonwatch/.venv/bin:$PATH \
    AIRFLOW_HOME=/opt/airflow \
    AIRFLOW__CORE__DAGS_FOLDER=/opt/pardonwatch/dags \
    AIRFLOW__CORE__LOAD_EXAMPLES=False \
    PARDONWATCH_DATA_DIR=/data \
    PARDONWATCH_FEEDS=/opt/pardonwatch/feeds.yaml \
    PARDONWATCH_SUBSCRIBERS=/opt/pardonwatch/subscribers.yaml

USER 50000
WORKDIR /opt/airflow
EXPOSE 8080
CMD ["airflow", "version"]
