# The two quick-start commands: `make demo` (training mode) and `make test`.
.PHONY: demo test
demo:
	bash scripts/demo.sh
test:
	bash scripts/test.sh
