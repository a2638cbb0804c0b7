# isnad: `make demo` runs the pipeline on the bundled sample; `make test` runs every test.
# Both install the Debian packages they need (idempotently) and build first.
BUILD ?= build
JOBS ?= 2
CMAKE_FLAGS ?=
ifeq ($(CI),true)
CMAKE_FLAGS += -DISNAD_WERROR=ON
endif

.PHONY: all deps build web test demo bench fuzz sanitize clean

all: build

deps:
	@bash scripts/install-deps.sh build

$(BUILD)/build.ninja: CMakeLists.txt
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

# The front end (web/) is part of the build: CMake runs `npm ci` from web/package-lock.json into
# web/node_modules when the lockfile changes, then web/build.mjs, and embeds the page in isnad.
build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

web: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) --target isnad_web_page

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

demo: build
	$(BUILD)/isnad demo

bench:
	@bash scripts/install-deps.sh bench
	cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DISNAD_BUILD_BENCH=ON -DISNAD_BUILD_TESTS=OFF
	cmake --build build-bench -j $(JOBS)
	bash bench/run.sh build-bench

FUZZ_SECONDS ?= 60
fuzz:
	@bash scripts/install-deps.sh fuzz
	CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DISNAD_BUILD_FUZZ=ON -DISNAD_BUILD_TESTS=OFF
	cmake --build build-fuzz -j $(JOBS)
	bash scripts/run-fuzzers.sh build-fuzz $(FUZZ_SECONDS)

sanitize: deps
	cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DISNAD_SANITIZE=ON
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) build-bench build-fuzz build-asan
