# Framing workbook. `make help` lists the targets. Every target sets itself up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
CMUDICT := build/nltk_data/corpora/cmudict/cmudict
# Each corpus has its own tables and report folder: data/processed/ and reports/ for the seeds,
# data/processed/<corpus>/ and reports/<corpus>/ for WORKBOOK_MANIFEST=... (analysis.corpus_folders).
TABLES  = $$($(PY) -m analysis.corpus_folders tables)

.DEFAULT_GOAL := help
.PHONY: help setup wheel report score lab test bench bench-report bench-polnear bench-clean bench-alternations digest fuzz strip clean validate validate-sentences

help: ## list the targets
	@grep -hE '^[a-z][a-z-]*:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-19s %s\n", $$1, $$2}'

setup: $(STAMP) $(CMUDICT) ## create .venv, install pinned requirements and the package, build offline resources

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check --quiet -r requirements.txt
	$(PY) -m pip install --disable-pip-version-check --quiet --no-deps --no-build-isolation -e .
	@touch $@

$(CMUDICT): $(STAMP)
	$(PY) -m analysis setup

wheel: setup ## build the installable wheel into dist/ (pip install dist/analysis-*.whl: instruments and notebooks included)
	rm -rf build/lib build/bdist.* dist/analysis-*.whl  # setuptools reuses build/lib: a module removed since would ship
	$(PY) -m pip wheel --disable-pip-version-check --quiet --no-deps --no-build-isolation --no-index -w dist .

score: setup ## score the corpus into data/processed/ (WORKBOOK_MANIFEST=... for your own corpus: data/processed/<corpus>/)
	$(PY) -m analysis score --out "$(TABLES)" || test $$? -eq 3  # 3: some articles failed, the rest scored

report: score ## the main job: execute every notebook headless into reports/ (reports/<corpus>/ for WORKBOOK_MANIFEST=...)
	$(PY) -m analysis report --tables "$(TABLES)"

lab: setup ## open the notebooks in JupyterLab
	$(VENV)/bin/jupyter lab notebooks

test: setup ## unit tests, doctests, and every notebook executed headless
	$(PY) -m pytest

bench: setup ## the speed and scale benchmark, then the report stage at 1,000 and 10,000 articles (not part of the tests)
	$(PY) -m benchmarks.bench
	$(PY) -m benchmarks.report_bench --articles $(SIZES)

SIZES ?= 1000 10000
bench-report: setup ## the report stage alone: score + report on the benchmark corpus (SIZES="1000"; REPORT_ONLY=1 reuses its tables)
	$(PY) -m benchmarks.report_bench --articles $(SIZES) $(if $(REPORT_ONLY),--report-only)

bench-polnear: setup ## score + report timed on PolNeAR's train split (840 real articles, 7 outlets; POLNEAR=dataset folder)
	$(PY) -m benchmarks.polnear --time $(if $(POLNEAR),--dataset $(POLNEAR))

bench-clean: setup ## clean_text and find_claims alone: CPU ms per PolNeAR train article, best of 3 (POLNEAR=dataset folder)
	$(PY) -m benchmarks.clean_claims $(if $(POLNEAR),--dataset $(POLNEAR))

digest: setup ## sha256 of every table scoring writes on PolNeAR train, the real pages and NFC train (a speed round's outputs must not move: diff two runs)
	$(PY) -m benchmarks.digest $(if $(POLNEAR),--polnear $(POLNEAR))

bench-alternations: setup ## the alternation builder vs the two it replaced: every match compared and timed on PolNeAR (POLNEAR=dataset folder)
	$(PY) -m benchmarks.alternations $(if $(POLNEAR),--dataset $(POLNEAR))

strip: setup ## strip outputs from the notebooks before committing
	$(VENV)/bin/jupyter nbconvert --clear-output --inplace notebooks/*.ipynb

fuzz: setup ## every scorer on 20,000 seeded random texts (not part of the tests; FUZZ_ARGS="--texts N --seed S")
	$(PY) -m tests.fuzz $(FUZZ_ARGS)

clean: ## remove everything the workbook regenerates (never data/raw/): tables, reports, builds, and what killed runs left
	find data/processed reports -mindepth 1 -maxdepth 1 ! -name README.md -exec rm -rf {} +
	rm -rf data/.processed.new-* data/.processed.old-* data/.processed.lock .reports.new-* .reports.old-* .reports.lock build dist

# Evaluations against human annotation on the development sets (not part of `make test`; each
# takes its data set's path). Figures and how to read them: README, "Validation".
SBD_CASES ?= ../shared/datasets/sbd-golden/golden_rules_en.json
POLNEAR   ?= ../shared/datasets/polnear-train
NFC       ?= ../shared/datasets/nfc-train
PAGES     ?= data/validation/pages
SITES     ?= data/validation/site_sets
.PHONY: validate-quotes validate-frames validate-frame-variants validate-frame-stability validate-pages validate-sites validate-claims validate-top report-pages

validate: validate-sentences validate-quotes validate-frames validate-pages validate-sites validate-claims ## every instrument against human annotation (development data under ../shared/datasets/)

validate-sentences: setup ## sentence splitter vs hand-split cases, beside Punkt and pySBD (SBD_CASES=path.json ...)
	-$(PY) -m pip install --disable-pip-version-check --quiet -r requirements-validate.txt
	$(PY) -m analysis.eval_sentences $(SBD_CASES) --articles 200

validate-quotes: setup ## quotes and speakers against PolNeAR's annotation (POLNEAR=path)
	$(PY) -m analysis.eval_quotes $(POLNEAR)

validate-frames: setup ## generic frames against NFC's annotation (NFC=path): AUC per frame, item precision/recall, word-list baseline
	$(PY) -m analysis.frame_validation $(NFC) --out build/validation/frames

validate-frame-variants: setup ## other frame scores (rates, learned item/indicator weights, co-occurrence) vs n_indicators on NFC's tuning folds (HOLDOUT=1 adds fold 5)
	$(PY) -m analysis.frame_variants $(NFC) --out build/validation/frames $(if $(HOLDOUT),--holdout)

validate-frame-stability: setup ## frame AUC over 20 seeded 5-fold partitions of NFC (NFC=path): n_indicators, frame_score, length exponent learned on training folds
	$(PY) -m analysis.frame_stability $(NFC)

validate-pages: setup ## cleaning on labelled real pages: furniture left, body lost, leads, claims (PAGES=folder, ROUND=p153-p184 for one collection round)
	$(PY) -m analysis.pagecheck $(PAGES) $(if $(ROUND),--pages $(ROUND))

validate-sites: setup ## cleaning on the site sets (three labelled pages from each of 715 sites; SITES=folder, ROUND=s2320-s2334 for one collection): the furniture a site repeats, with outlet templates
	$(PY) -m analysis.pagecheck $(SITES) --tools workbook,justext $(if $(ROUND),--pages $(ROUND))

validate-top: setup ## what each rule of the article's top (captions, standfirsts) removes: dev pages by label, PolNeAR body units (POLNEAR=path)
	$(PY) -m analysis.topcheck --news $(POLNEAR)

validate-claims: setup ## claim finder precision on 150 hand-judged claims in PolNeAR (POLNEAR=path; labels in data/validation/claims_polnear)
	$(PY) -m analysis.eval_claims_polnear $(POLNEAR)

report-pages: setup ## the whole report on the labelled real pages as a corpus (build/pages-corpus; PAGES=folder): no page may stop it
	$(PY) -m analysis.pagecheck $(PAGES) --tools workbook --corpus build/pages-corpus
	WORKBOOK_MANIFEST=build/pages-corpus/articles.csv $(MAKE) report
