"""A plain query's start-up imports no ``decimal`` (its C module and libmpdec, some 1-2 ms of CPU): amounts alone need it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newssearch import build_index

QUERY_DECIMAL = """
import sys
sys.argv = ["newssearch", "query", sys.argv[2], "--index-dir", sys.argv[1], "--color", "never"]
from newssearch.entry import main
try:
    main()
finally:
    sys.stderr.write(f"{'decimal' in sys.modules}\\n")
"""


def _query(index: Path, words: str) -> tuple[int, str, str]:
    """``newssearch query WORDS`` in a fresh interpreter: its exit code, its first line, whether it imported decimal."""
    run = subprocess.run([sys.executable, "-c", QUERY_DECIMAL, str(index), words], capture_output=True, text=True)
    return run.returncode, run.stdout.split("\n")[0], run.stderr


def test_a_plain_query_imports_no_decimal_and_an_amount_still_finds_its_scaled_form(tmp_path: Path) -> None:
    # fullamounts and scaledwords imported decimal at import, for amounts a plain query holds none of
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Storm costs the harbour\n\nThe storm cost $5,000,000.\n",
                                               encoding="utf-8")
    build_index(tmp_path / "corpus", tmp_path / "index")
    assert _query(tmp_path / "index", "storm harbour") == (0, "1 result for 'storm harbour' (page 1 of 1)", "False\n")
    assert _query(tmp_path / "index", "$5m") == (0, "1 result for '$5m' (page 1 of 1)", "True\n")


def test_whoosh_fields_stand_in_decimal_makes_and_holds_real_ones() -> None:
    # whoosh.fields binds Decimal at import for NUMERIC's decimal places: calling it makes a real one, and a real one
    # is an instance of it (prepare_number's isinstance), as of the real class
    import decimal

    from newssearch.startup import _Decimal

    made = _Decimal("2.50")
    assert (type(made), made) == (decimal.Decimal, decimal.Decimal("2.5"))
    assert isinstance(decimal.Decimal(1), _Decimal) and isinstance(made, (str, _Decimal))
    assert not isinstance(2.5, _Decimal) and not isinstance("2.5", _Decimal)
