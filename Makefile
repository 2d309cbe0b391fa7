# The two quick-start commands: `make demo` (training mode) and `make test`; `make bench` runs the
# benchmarks (not part of `make test`).
.PHONY: demo test bench
demo:
	bash scripts/demo.sh
test:
	bash scripts/test.sh
bench:
	bash scripts/bench.sh
