"""`python -m dashboard.store hash-password` prints a hash for secrets; `export TABLE` prints the stored
rows of a table as CSV with the curated file's header (to append to data/raw/TABLE.csv after review)."""
from __future__ import annotations

import argparse
import getpass
import sys

from dashboard.data.readers import TABLES

from . import Store, default_url
from .passwords import hash_password


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.store", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("hash-password", help="read a password (twice) and print its hash for secrets.toml")
    export = sub.add_parser("export", help="print a table's stored rows as CSV")
    export.add_argument("table", choices=TABLES)
    export.add_argument("--url", default=None, help=f"database URL (default {default_url()})")
    args = parser.parse_args(argv)
    if args.command == "hash-password":
        first = getpass.getpass("editor password: ")
        if len(first) < 12:
            print("use at least 12 characters", file=sys.stderr)
            return 2
        if getpass.getpass("again: ") != first:
            print("the two passwords differ", file=sys.stderr)
            return 2
        print(f'editor_password_hash = "{hash_password(first)}"')
        return 0
    url = args.url or default_url()
    if not Store.exists(url):
        print(f"no database at {url}: nothing has been saved yet", file=sys.stderr)
        return 1
    sys.stdout.write(Store(url).export_csv(args.table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
