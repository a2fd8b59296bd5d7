"""The console's table facets count an index, never every row with its text."""

from __future__ import annotations

import pytest
import sqlite_utils

from bot.operators.console import FACETS


@pytest.mark.parametrize(("table", "column"),
                         [(t, c) for t, columns in FACETS.items() if t == "messages"
                          for c in columns])
def test_each_facet_of_the_messages_table_reads_an_index(db: sqlite_utils.Database, table: str,
                                                         column: str) -> None:
    # The query Datasette runs for a column facet on the unfiltered table page.
    facet = (f"select {column} as value, count(*) as count from (select * from {table}) "
             f"where {column} is not null group by {column} order by count desc, value limit 31")
    plan = " ".join(str(row[3]) for row in db.execute(f"EXPLAIN QUERY PLAN {facet}").fetchall())
    assert "COVERING INDEX" in plan, plan
