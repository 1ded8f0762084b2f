# Readout: `make export` builds the dataset from input/ into output/;
# `make test` runs the tests. Both install what they need first.
INPUT ?= input
OUTPUT ?= output
KEEP_GOING ?=
NODE ?= node

SOURCES := $(shell find pipeline schemas bench -name '*.ts' -o -name '*.json')

.PHONY: export test build clean evaluate fuzz bench

# The figures of `make evaluate` go into the dataset card.
EVALUATION ?= evaluation/latest.json

export: dist/.built
	$(NODE) dist/pipeline/cli.js export --input $(INPUT) --output $(OUTPUT) $(if $(KEEP_GOING),--keep-going) $(if $(wildcard $(EVALUATION)),--evaluation $(EVALUATION))

# Score the extraction on the hand-made gold set; publish the figures.
evaluate: dist/.built
	rm -rf .cache/gold-export
	$(NODE) dist/pipeline/cli.js export --input tests/gold --output .cache/gold-export --quiet
	$(NODE) dist/pipeline/evaluate.js --output .cache/gold-export --gold tests/gold --verbose --json evaluation/latest.json --markdown evaluation/latest.md

# Dependencies: `npm ci` when node_modules is missing or older than the lock file.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# The schemas compiled into validation code (ajv's standalone code): no thread compiles them at each export.
pipeline/validators.generated.ts: $(wildcard schemas/*.schema.json) schemas/compile.mjs node_modules/.installed
	$(NODE) schemas/compile.mjs

# Compile once; the export runs plain JavaScript, no TypeScript on each run.
dist/.built: node_modules/.installed tsconfig.json $(SOURCES) pipeline/validators.generated.ts
	rm -rf dist
	npx tsc -p tsconfig.json
	touch $@

build: dist/.built

test: dist/.built
	npx vitest run

# Speed and memory at 100, 1,000 and 10,000 synthetic readouts (BENCH_SIZES=100,1000 to shorten).
bench: dist/.built
	$(NODE) dist/bench/bench.js

# The property tests, much longer than in `make test`.
FUZZ_RUNS ?= 5000
fuzz: dist/.built
	FUZZ_RUNS=$(FUZZ_RUNS) npx vitest run tests/fuzz.test.ts

clean:
	rm -rf dist node_modules/.installed
