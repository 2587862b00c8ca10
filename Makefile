# clippings — two commands: `make dataset` and `make test`.
RAW ?= raw
OUT ?= output
CONFIG ?= dataset.json
FLAGS ?=
DIST ?= dist

.PHONY: dataset dataset-ray venv test cv deps typecheck clean-output release

# Install dependencies when node_modules is missing or older than the lockfile.
node_modules/.package-lock.json: package-lock.json package.json
	npm ci --no-audit --no-fund
	@touch $@

deps: node_modules/.package-lock.json

# (pipeline/launch.mjs runs the CLI from an esbuild bundle of the sources, in one process: faster to start
# than the tsx loader, which remains its fallback.)
dataset: deps
	@node pipeline/launch.mjs --raw "$(RAW)" --out "$(OUT)" --config "$(CONFIG)" $(FLAGS)

# The project-local Python environment (.venv/, pinned packages of ray/requirements.txt) for the Ray
# build and the Python-side tests; made when missing or older than the requirements (ray/venv.sh).
venv:
	@bash ray/venv.sh

# The same dataset built on Ray: a local Ray started for the build, or the cluster at RAY_ADDRESS.
# SHARDS: shard tasks (default 4 per cluster CPU); RAY_CPUS: CPUs of the local Ray (default all).
RAY_ADDRESS ?=
SHARDS ?=
RAY_CPUS ?=
LAYOUT ?=
dataset-ray: deps venv
	@.venv/bin/python ray/clippings_ray.py --raw "$(RAW)" --out "$(OUT)" --config "$(CONFIG)" \
		$(if $(RAY_ADDRESS),--address "$(RAY_ADDRESS)") $(if $(SHARDS),--shards $(SHARDS)) \
		$(if $(RAY_CPUS),--cpus $(RAY_CPUS)) $(if $(LAYOUT),--layout $(LAYOUT)) $(FLAGS)

# The Python environment is made first when python3 (>= 3.9) exists; without it the Ray and
# Python-side tests skip, each with a one-line reason.
test: deps
	@bash ray/venv.sh || [ $$? -eq 3 ]
	npx --no-install tsc --noEmit -p .
	npx --no-install vitest run

# Retrains every learned model under cross-validation grouped by site and fails when a figure falls
# below its floor in test/quality/cv-baseline.json (skips, saying why, where ../shared/bench is absent).
cv: deps
	@npx --no-install tsx scripts/cv.ts

typecheck: deps
	npx --no-install tsc --noEmit -p .

# Throughput benchmark on a synthetic corpus (N files, default 20000): floor, full build, cached +10.
N ?= 20000
.PHONY: bench regex-bench
# RAY=1 also times make dataset-ray on the same files (all CPUs and 1 CPU); BASELINE=<git ref> times that
# commit's full build on the same corpus in the same run (ROUNDS alternations, default 2) and prints the ratio.
bench: deps $(if $(filter 1,$(RAY)),venv)
	@npx --no-install tsx scripts/bench.ts $(N)

# Worst-case inputs through every clean/extract rule, with a time bound (catches super-linear regexes).
regex-bench: deps
	@npx --no-install tsx scripts/regex-worst-case.ts

# Pack the newest version under OUT into DIST (tar.gz + one Parquet file per table + SHA256SUMS) and verify it.
release: deps
	@npx --no-install tsx scripts/release.ts --out "$(OUT)" --dist "$(DIST)" --config "$(CONFIG)"
