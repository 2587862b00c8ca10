# clippings — two commands: `make dataset` and `make test`.
RAW ?= raw
OUT ?= output
CONFIG ?= dataset.json
FLAGS ?=

.PHONY: dataset test deps typecheck clean-output

# Install dependencies when node_modules is missing or older than the lockfile.
node_modules/.package-lock.json: package-lock.json package.json
	npm ci --no-audit --no-fund
	@touch $@

deps: node_modules/.package-lock.json

dataset: deps
	@npx --no-install tsx pipeline/cli.ts --raw "$(RAW)" --out "$(OUT)" --config "$(CONFIG)" $(FLAGS)

test: deps
	npx --no-install tsc --noEmit -p .
	npx --no-install vitest run

typecheck: deps
	npx --no-install tsc --noEmit -p .
