# The two entry points a newcomer needs: `make run` and `make test`. Both install what is missing
# (scripts/setup.sh), build, then do their job.
BUILD ?= build
JOBS ?= 2
COUNT ?= 200
SEED ?= 1
OUT ?= out

FUZZ_SECONDS ?= 600

.PHONY: all setup build run test test-unit test-reference asan fuzz format-check clean

all: build

setup:
	@scripts/setup.sh

build: setup
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j$(JOBS)

run: build
	@$(BUILD)/warpsynth generate --count $(COUNT) --seed $(SEED) --out $(OUT) --force

test: build
	@cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

test-unit: build
	@cd $(BUILD) && ctest --output-on-failure -j$(JOBS) -L unit

test-reference: build
	@cd $(BUILD) && ctest --output-on-failure -j$(JOBS) -L reference

# Address and UB sanitizers over the unit tests.
asan: setup
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DWS_SANITIZE=ON >/dev/null
	@cmake --build build-asan -j$(JOBS) --target ws_unit_tests
	@cd build-asan && ctest --output-on-failure -L unit

# The parser under libFuzzer with ASan and UBSan, seeded with the hand-written native test cases.
fuzz:
	@scripts/setup.sh --fuzz
	@cmake -S . -B build-fuzz -DWS_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build build-fuzz -j$(JOBS) --target parser_fuzz
	@mkdir -p build-fuzz/corpus
	@cp tests/native_cases/*.py build-fuzz/corpus/  # not expected/: libFuzzer reads corpus folders recursively
	@build-fuzz/fuzz/parser_fuzz -max_total_time=$(FUZZ_SECONDS) build-fuzz/corpus

# Every C++ file against .clang-format, changing nothing; lists the files that differ.
# Our C++ only: tests/native_cases/expected/ holds Warp's own output, byte for byte.
FORMAT_FILES = $(shell find src tests bench fuzz -path tests/native_cases -prune -o \( -name '*.cpp' -o -name '*.h' \) -print | sort)
format-check:
	@scripts/setup.sh --format
	@clang-format --dry-run -Werror $(FORMAT_FILES)

clean:
	rm -rf $(BUILD) build-asan build-fuzz
