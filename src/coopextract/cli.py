"""Command line: `coopextract run` and `coopextract eval`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import CoopExtractError

log = logging.getLogger("coopextract")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="coopextract", description=__doc__)
    parser.add_argument("--version", action="version", version=f"coopextract {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="extract events from .txt files or folders into tables")
    run.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help=".txt files or folders (recursive)")
    run.add_argument("--out", type=Path, required=True, help="output folder for the tables and the store")
    run.add_argument("--store", type=Path, help="the results store (default: OUT/coopextract.duckdb)")
    run.add_argument("--rebuild", action="store_true",
                     help="reprocess every input file, changed or not (after a rule or version change)")
    run.add_argument("--prune", action="store_true",
                     help="remove stored documents whose files are not among the inputs (kept by default)")
    run.add_argument("--workers", type=int, default=1, help="processes for the statistical model (spaCy n_process)")
    run.add_argument("--batch-size", type=int, default=16,
                     help="documents per nlp.pipe batch and per store transaction")
    run.add_argument("--gold", type=Path, help="score the run against this folder of gold files")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    run.add_argument("--quiet", action="store_true", help="only the summary")

    from .evaluate import add_eval_arguments

    evaluate = commands.add_parser("eval", help="score tables written by `run` against gold files")
    add_eval_arguments(evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "run":
            return run_command(args)
        if args.command == "eval":
            from .evaluate import eval_command

            return eval_command(args)
    except CoopExtractError as exc:
        print(f"coopextract: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("coopextract: interrupted", file=sys.stderr)
        return 130
    parser.error(f"unknown command {args.command}")
    return 2


def ensure_writable(folder: Path) -> None:
    """Fail before any work when the output folder cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".coopextract-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise CoopExtractError(f"cannot write to the output folder {folder}: {exc.strerror or exc}") from None


def run_command(args: argparse.Namespace) -> int:
    import duckdb

    from .runner import run

    if args.workers < 1:
        raise CoopExtractError("--workers must be at least 1")
    if args.batch_size < 1:
        raise CoopExtractError("--batch-size must be at least 1")
    ensure_writable(args.out)
    if args.store is not None:
        ensure_writable(args.store.parent)
    started = time.perf_counter()
    try:
        summary = run(
            args.inputs,
            args.out,
            workers=args.workers,
            batch_size=args.batch_size,
            progress=not (args.no_progress or args.quiet),
            store_path=args.store,
            rebuild=args.rebuild,
            prune=args.prune,
        )
    except duckdb.Error as exc:  # the store failed mid-run (disk full, ...): committed batches are kept
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise CoopExtractError(f"the store failed: {first}") from None
    except OSError as exc:  # writing the tables failed
        raise CoopExtractError(f"cannot write to the output folder {args.out}: {exc.strerror or exc}") from None
    print(summary.format(seconds=time.perf_counter() - started))
    if args.gold:
        from .evaluate import format_report, run_eval

        scores = run_eval(args.gold, args.out, errors_path=args.out / "eval_errors.csv",
                          json_path=args.out / "scores.json")
        print(format_report(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
