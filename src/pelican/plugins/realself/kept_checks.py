"""Checked documents kept from one build to the next in the same process.

`pelican --autoreload` builds again in the same process after every edit,
and every build checks every document again (about 0.1 ms each: 1,000
documents cost as much as rendering 60 pages), although one file changed.
A document's check is a function of the document alone (its data, where
each value is, what the loader already reported), of which models stand for
its ``kind:``, and of the answers about the files its ``{static}`` links
name. So the check of the last build is kept under a digest of the pickled
document (a pickle loses nothing: two different documents never share one)
with the file answers it was given; the next build uses it when the digest
is the same and the same questions get the same answers now, and checks the
document afresh otherwise.

Only the last build's checks are kept, in this process (a new `pelican` run
starts empty): keeping them on disk with the content cache costs about what
it saves (loading and saving every document's record again).
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Callable
from typing import Any

from .load import Document

FileCheck = Callable[..., None]  # collect.file_checker: raises ValueError, or not
Check = Callable[[Document, FileCheck], tuple[Any, ...]]
Question = tuple[tuple[Any, ...], tuple[tuple[str, Any], ...]]  # args, keywords

_VALIDATE = __package__ + ".models.validate"


class _Asked:
    """A file check that notes every question and its answer."""

    def __init__(self, check_file: FileCheck):
        self.check_file = check_file
        self.answers: list[tuple[Question, str | None]] = []

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        question = (args, tuple(sorted(kwargs.items())))
        try:
            self.check_file(*args, **kwargs)
        except ValueError as exc:
            self.answers.append((question, str(exc)))
            raise
        self.answers.append((question, None))


def _answer(check_file: FileCheck, question: Question) -> str | None:
    """The answer to a question asked in an earlier build, now."""
    args, kwargs = question
    try:
        check_file(*args, **dict(kwargs))
    except ValueError as exc:
        return str(exc)
    return None


def _models(doc: Document) -> Any:
    """The model that stands for the document's kind, when any kind was ever
    registered (models.validate loaded); before that, only ours exist."""
    validate = sys.modules.get(_VALIDATE)
    if validate is None or not isinstance(doc.data, dict):
        return None
    kind = doc.data.get("kind")
    return validate.KINDS.get(kind) if isinstance(kind, str) else None


class KeptChecks:
    """Every document's check in one build, the last build's kept when they
    still hold. Call ``done`` at the end of the build."""

    _last: dict[bytes, tuple[Any, list[Any], tuple[Any, ...]]] = {}  # this process

    def __init__(self) -> None:
        self._before = KeptChecks._last
        self._now: dict[bytes, tuple[Any, list[Any], tuple[Any, ...]]] = {}
        self.checked = 0  # documents checked afresh in this build

    def check(self, doc: Document, check_file: FileCheck, check: Check) -> Any:
        """``check(doc, check_file)``, or what it gave last time if that still
        holds; the same value either way."""
        key = hashlib.sha256(pickle.dumps(doc, protocol=5)).digest()
        kept = self._before.get(key)
        if kept is not None:
            kept_models, answers, result = kept
            if kept_models is _models(doc) and all(
                _answer(check_file, question) == said for question, said in answers
            ):
                self._now[key] = kept
                return result
        self.checked += 1
        asked = _Asked(check_file)
        result = check(doc, asked)
        # after the check: the first one may be what loads the models
        self._now[key] = (_models(doc), asked.answers, result)
        return result

    def done(self) -> None:
        """Keep this build's checks (and only those) for the next build."""
        KeptChecks._last = self._now
