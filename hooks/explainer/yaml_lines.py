"""Safe YAML that remembers the line of every key, for messages that name it.

Dates are left as text (the loader reads 2019-03 and 2019-03-25 itself), and
a file is read by libyaml where it reads it as PyYAML would, which is much
faster; PyYAML reads the rest and gives the messages editors see.
"""

from __future__ import annotations

from typing import Any

import yaml

from .problems import Problem


class LineMap(dict[str, Any]):
    """A YAML mapping that remembers the line of each key."""

    line: int = 0
    key_lines: dict[str, int]


def _line_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    items = yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep=True)
    mapping = LineMap({str(k): v for k, v in items.items()})
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {str(key.value): key.start_mark.line + 1 for key, _ in node.value if hasattr(key, "value")}
    return mapping


class _LineLoader(yaml.SafeLoader):
    """Safe YAML, keeping line numbers, with dates left as text for us to read."""

    construct_mapping = _line_mapping


try:
    _CSafeLoader: type[Any] = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _CSafeLoader = yaml.SafeLoader


class _FastLineLoader(_CSafeLoader):  # type: ignore[misc]
    """_LineLoader on libyaml: the same notes from the same YAML, several times faster.

    Its error messages differ, so a file it cannot read is read again with
    _LineLoader for the message editors see. tools/bench.py measured the gain;
    45,000 generated texts read alike with both (see _PYYAML_ONLY).
    """

    construct_mapping = _line_mapping


def _timestamp_as_text(loader: _LineLoader, node: yaml.Node) -> str:
    return str(loader.construct_scalar(node))  # type: ignore[arg-type]


for _loader in (_LineLoader, _FastLineLoader):
    _loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _line_mapping)


_PYYAML_ONLY = ("\t", "\ufeff", "!")
"""libyaml reads tabs, stray byte-order marks and tags differently from PyYAML: PyYAML reads text with any."""
_FAST_DEPTH = 100
"""Deeper YAML goes to PyYAML, whose nesting limit (a RecursionError) libyaml does not share."""
_SLOW = object()


def _load_fast(text: str) -> Any:
    """The YAML read by libyaml, or _SLOW where PyYAML might read it differently or not at all."""
    if any(mark in text for mark in _PYYAML_ONLY):
        return _SLOW
    loader = _FastLineLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        # Depth as PyYAML's composer recurses: in document order, an alias's node only once.
        seen: set[int] = set()
        stack: list[tuple[yaml.Node, int]] = [(node, 1)]
        while stack:
            current, depth = stack.pop()
            if id(current) in seen:
                continue
            seen.add(id(current))
            if depth > _FAST_DEPTH:
                return _SLOW
            children = current.value if isinstance(current, yaml.SequenceNode) else []
            if isinstance(current, yaml.MappingNode):
                children = [child for pair in current.value for child in pair]
            stack += [(child, depth + 1) for child in reversed(children)]
        return loader.construct_document(node)
    except (yaml.YAMLError, RecursionError):
        return _SLOW
    finally:
        loader.dispose()


def parse_yaml(text: str, rel: str, offset: int, problems: list[Problem]) -> Any:
    """The YAML in text, or None with a problem naming the line (offset: lines before text)."""
    data = _load_fast(text)
    if data is not _SLOW:
        return data
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader is a SafeLoader
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = offset + mark.line + 1 if mark is not None else offset + 1
        what = getattr(err, "problem", None) or str(err)
        context = getattr(err, "context", None)
        context_mark = getattr(err, "context_mark", None)
        if context and context_mark is not None:
            context += f" started on line {offset + context_mark.line + 1}"
        detail = f"{what} ({context})" if context else what
        hint = "check indentation, and quote text that holds ':' or starts with a symbol"
        problems.append(Problem(rel, line, "", f"YAML could not be read: {detail}; {hint}"))
        return None
    except RecursionError:
        problems.append(Problem(rel, offset + 1, "", "YAML is nested too deeply to read"))
        return None
