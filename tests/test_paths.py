"""File references stay inside the content folder; output stays in OUTPUT_PATH.

``{static}`` references in photos and claims are checked the way Pelican will
resolve them (URL-decoded, symlinks followed) and refused with a located
message when they leave the content folder. Containment is path-aware: a
sibling folder whose name merely starts the same (content-secret next to
content, output-other next to output) is outside.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hostile import inside, listening, written

OUTSIDE = "points outside the content folder"
NOT_FOUND = "file not found"
NOT_A_PATH = "must be a path inside the content folder"
NOT_SITE_PATH = "must be followed by a path on this site (no scheme, no host)"

# reference -> the message's ending
REFERENCES = {
    "{static}/../secret.jpg": OUTSIDE,
    "{static}../../secret.jpg": OUTSIDE,  # relative to content/realself/
    "{static}/images/../../secret.jpg": OUTSIDE,
    "{static}/../../../../../../etc/passwd": OUTSIDE,
    "{static}/%2e%2e/secret.jpg": OUTSIDE,
    "{static}/%2E%2E%2Fsecret.jpg": OUTSIDE,
    "{static}/..%2fsecret.jpg": OUTSIDE,
    "{static}%2e%2e/%2e%2e/secret.jpg": OUTSIDE,
    "{static}/../content-secret/secret.jpg": OUTSIDE,
    "{static}/links/escape.jpg": OUTSIDE,  # a symlink to ../secret.jpg
    "{static}/links/secret-folder/secret.jpg": OUTSIDE,  # a symlinked folder
    "{static}/links/sibling.jpg": OUTSIDE,  # a symlink into content-secret
    "{static}/images/..\\..\\secret.jpg": NOT_A_PATH,
    "{static}C:\\secret.jpg": NOT_A_PATH,
    "{static}//etc/passwd": NOT_SITE_PATH,  # Pelican would keep the host "etc"
    "{static}/%252e%252e/secret.jpg": NOT_FOUND,  # decoded once, as Pelican does
    "{static}/images": NOT_FOUND,  # a folder, not a file
}
PHOTO_ONLY = {"{attach}/../secret.jpg": OUTSIDE, "{filename}/../secret.jpg": OUTSIDE}


def make_tree(site) -> None:
    """content/ with a photo and symlinks out; secrets next to it."""
    root = site.root
    (root / "secret.jpg").write_bytes(b"SECRET-OUTSIDE")
    (root / "content-secret").mkdir()
    (root / "content-secret" / "secret.jpg").write_bytes(b"SECRET-SIBLING")
    site.write("images/ok.jpg", b"\xff\xd8\xff fine")
    links = site.content / "links"
    links.mkdir()
    (links / "escape.jpg").symlink_to(root / "secret.jpg")
    (links / "secret-folder").symlink_to(root / "content-secret")
    (links / "sibling.jpg").symlink_to(root / "content-secret" / "secret.jpg")


def profile_with_photo(reference: str) -> str:
    return (
        "kind: profile\nslug: pic\nname: Pic\n"
        f"photo: {{src: {json.dumps(reference)}, alt: A photo}}\n"
    )


def offer_with_claim(reference: str) -> str:
    return (
        "kind: offer\nslug: gift\nprofile: good\ntitle: Gift\n"
        f"claim: {json.dumps(reference)}\n"
    )


def assert_no_secret_in(output: Path) -> None:
    for path in written(output):
        data = path.read_bytes()
        assert b"SECRET-" not in data, path


CASES = [("photo", ref, end) for ref, end in {**REFERENCES, **PHOTO_ONLY}.items()]
CASES += [("claim", ref, end) for ref, end in REFERENCES.items()]


@pytest.mark.parametrize(("field", "reference", "ending"), CASES)
def test_file_references_outside_content_are_refused(
    site, problems, field, reference, ending
):
    make_tree(site)
    site.write("realself/good.yaml", "kind: profile\nslug: good\nname: Good\n")
    if field == "photo":
        site.write("realself/bad.yaml", profile_with_photo(reference))
        where = "content/realself/bad.yaml:4:14: photo.src: "
    else:
        site.write("realself/bad.yaml", offer_with_claim(reference))
        where = "content/realself/bad.yaml:5:8: claim: "
    site.build()
    (message,) = problems()
    assert message.startswith(where), message
    assert ending in message, message
    assert site.exists("about/good/index.html")
    # The refused field is left out; the rest of its document is built.
    if field == "photo":
        assert not site.html("about/pic/index.html").select("img")
    else:
        assert not site.html("give/gift/index.html").select("a.realself-claim")
    assert_no_secret_in(site.output)


def test_references_inside_content_still_work(site, problems):
    make_tree(site)
    site.write(
        "realself/good.yaml",
        profile_with_photo("{static}/images/ok.jpg").replace("slug: pic", "slug: good")
        + "---\n"
        + offer_with_claim("{static}/images/../images/ok.jpg"),
    )
    site.build()
    assert problems() == []
    page = site.html("about/good/index.html")
    assert page.select_one("img.u-photo")["src"].endswith("images/ok.jpg")
    assert site.exists("give/gift/index.html")


# -- output -----------------------------------------------------------------------


def tree(folder: Path, *skip: Path) -> dict[str, str]:
    """Every file under ``folder`` but those in ``skip``, with a hash of its bytes."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if (
            path.is_file()
            and not path.is_symlink()
            and not any(inside(path, s) for s in skip)
        ):
            out[str(path.relative_to(folder))] = hashlib.sha256(
                path.read_bytes()
            ).hexdigest()
    return out


TRAVERSING = """
kind: offer
slug: o1
profile: good
title: Lang that climbs out
lang: ../output-other
---
kind: offer
slug: o2
profile: good
title: Lang that climbs further
lang: ../../output-other
---
kind: note
profile: good
quote: q
who: w
consent: true
lang: ../output-other
---
kind: profile
slug: ../output-other
name: Slug that climbs out
---
kind: profile
slug: x
lang: ..
name: Lang dots
"""


def test_every_file_written_is_inside_the_output(site, problems):
    """A path-aware check of everything the build touched: nothing but
    output/ and the compiled templates in Pelican's CACHE_PATH changed, and
    output-other/ (a sibling prefix) is untouched."""
    make_tree(site)
    other = site.root / "output-other"
    other.mkdir()
    (other / "canary.txt").write_text("leave me")
    site.write("realself/good.yaml", "kind: profile\nslug: good\nname: Good\n")
    site.write("realself/climb.yaml", TRAVERSING)
    site.write("post.md", "Title: P\nDate: 2026-01-01\n\n[realself:offers]\n")
    cache = site.root / "cache"
    before = tree(site.root, site.output, cache)

    site.build(REALSELF_NOW="2026-11-25T12:00:00", SITEURL="https://s.example")

    assert tree(site.root, site.output, cache) == before
    for path in written(cache):
        assert inside(path, cache / "RealselfTemplates"), path
    assert [p.name for p in other.iterdir()] == ["canary.txt"]
    files = written(site.output)
    assert files
    for path in files:
        assert inside(path, site.output), path
    messages = problems()
    assert len([m for m in messages if "climb.yaml" in m]) == 5, messages


def test_the_containment_check_is_path_aware(tmp_path):
    (tmp_path / "output").mkdir()
    (tmp_path / "output-other").mkdir()
    assert inside(tmp_path / "output" / "a.html", tmp_path / "output")
    assert not inside(tmp_path / "output-other" / "a.html", tmp_path / "output")
    assert not inside(tmp_path / "output" / ".." / "x", tmp_path / "output")
    link = tmp_path / "output" / "out"
    link.symlink_to(tmp_path / "output-other")
    assert not inside(link / "a.html", tmp_path / "output")


@pytest.mark.parametrize(
    "setting",
    [
        "REALSELF_PROFILE_SAVE_AS",
        "REALSELF_PRIMARY_SAVE_AS",
        "REALSELF_OFFER_SAVE_AS",
        "REALSELF_GIVE_SAVE_AS",
        "REALSELF_FEED_ATOM",
    ],
)
def test_save_as_settings_cannot_reach_a_sibling_folder(site, setting):
    other = site.root / "output-other"
    other.mkdir()
    site.write(
        "realself/good.yaml",
        "kind: profile\nslug: good\nname: Good\n---\n"
        "kind: offer\nslug: o\ntitle: Open\nopens: 2026-01-01\n",
    )
    with listening():
        site.build(**{setting: "../output-other/{slug}.html"})
    assert list(other.rglob("*")) == []


def test_the_export_cannot_reach_a_sibling_folder(site, problems):
    other = site.root / "output-other"
    other.mkdir()
    site.write("realself/good.yaml", "kind: profile\nslug: good\nname: Good\n")
    site.build(REALSELF_JSON_SAVE_AS="../output-other/realself.json")
    assert list(other.rglob("*")) == []
    assert "refusing to write ../output-other/realself.json" in " ".join(problems())
