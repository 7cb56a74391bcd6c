"""tools/audit.py's account of what keeps a page's performance under 100."""

from __future__ import annotations

from conftest import tool

audit = tool("audit")


def test_what_blocks_names_each_long_task_by_its_script() -> None:
    result = {
        "audits": {
            "total-blocking-time": {"numericValue": 165.4},
            "largest-contentful-paint": {"numericValue": 1639.0},
            "long-tasks": {
                "details": {
                    "items": [
                        {"url": "http://127.0.0.1:8000/assets/javascripts/bundle.a5f9d56c.min.js", "duration": 215.2},
                        {"url": "http://127.0.0.1:8000/actors/russia/", "duration": 95.0},
                        {"url": "Unattributable", "duration": 63.0},
                    ]
                }
            },
        }
    }
    assert audit.what_blocks(result) == (
        "TBT 165 ms, LCP 1.64 s; long tasks (ms): bundle.a5f9d56c.min.js 215, russia 95, Unattributable 63"
    )


def test_what_blocks_says_when_no_task_is_long() -> None:
    result = {
        "audits": {
            "total-blocking-time": {"numericValue": 0},
            "largest-contentful-paint": {"numericValue": 1203.4},
            "long-tasks": {"details": {"items": []}},
        }
    }
    assert audit.what_blocks(result) == "TBT 0 ms, LCP 1.20 s; long tasks (ms): none"
