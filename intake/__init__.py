"""The intake service WIL runs: the register API for the kiosks plus a worklist for WIL staff.

It grows out of the register simulator (`sync.simulator`): the same contract and merge, on PostgreSQL,
with several uvicorn workers, a sealing key from a file, personal data sealed at rest, and a
server-rendered worklist (`intake.web`) where WIL staff verify each dossier, view its evidence in
memory, record the CIR's dossier number, and print the final receipt for posting. Its dependencies
are the `[intake]` extra; the kiosk bundle leaves this package out.
"""
