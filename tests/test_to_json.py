"""The open data's JSON (export.to_json) is written exactly as json.dumps(indent=1) would write it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import project_notes
from explainer.export import json_schema, notes_as_data, to_json

VALUES: list[tuple[str, Any]] = [
    ("empty object", {}),
    ("empty list in an object", {"a": []}),
    ("every plain value", [1, -2, 2.5, 1e100, True, False, None, "", 'é\n"\\\u2028</script>']),
    ("nesting", {"a": {"b": [{"c": 1}, [], {}]}, "z": (1, (2,))}),
    ("not a number", {"x": float("nan"), "y": float("inf")}),
    ("keys that are not text", {1: "one", None: "none", 2.5: "half"}),
]


@pytest.mark.parametrize(("what", "value"), VALUES, ids=[case[0] for case in VALUES])
def test_values_are_written_as_json_dumps_writes_them(what: str, value: Any) -> None:
    assert to_json(value) == json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def test_the_projects_data_and_schema_are_written_as_json_dumps_writes_them() -> None:
    for data in (notes_as_data(project_notes(), "Title"), json_schema("Title")):
        assert to_json(data) == json.dumps(data, ensure_ascii=False, indent=1) + "\n"
