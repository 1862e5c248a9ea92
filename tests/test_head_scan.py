"""head_scan.quick_scan finds what the standard library's HTMLParser finds
(page_head's _HeadScan), or gives up so that the parser answers. Every head
here is compared both ways; the plain ones must be read by quick_scan itself,
so the fast path is proven, not just skipped."""

from __future__ import annotations

import pytest

from pelican.plugins.realself.head_scan import _HeadScan, quick_scan, scan

TITLE_AND_LINKS = (
    '<title>Sam</title>\n<link rel="canonical" href="https://a.example/">'
    '<meta property="og:title" content="Sam">'
)

# Heads quick_scan reads itself (and must read as the parser does).
PLAIN = {
    "ordinary": f'<!DOCTYPE html>\n<html lang="en">\n<head>\n{TITLE_AND_LINKS}\n'
    "</head>\n<body><p>Hi</p></body></html>",
    "</head> in a comment": "<html><head><!-- </head> <body> -->"
    f"{TITLE_AND_LINKS}</head><body>",
    "</head> in an attribute": '<html><head><meta property="og:x" content="</head>">'
    '<meta name="x" content="<body>">'
    f"{TITLE_AND_LINKS}</head><body>",
    "uppercase": '<!doctype HTML><HTML LANG="en"><HEAD><TITLE>Sam</TITLE>'
    '<LINK REL="Canonical" HREF="x"><META PROPERTY="og:title" CONTENT="Sam"></HEAD >'
    "<BODY>",
    "no </head>": f'<html lang="en"><head>{TITLE_AND_LINKS}',
    "no </head>, a body": f"<html><head>{TITLE_AND_LINKS}<body><p>x</p>",
    "<body> only": "<body><p>Hi</p></body>",
    "nothing": "",
    "text only": "Just words & more.",
    "no <html>": f"{TITLE_AND_LINKS}</head>",
    "self-closing and bare": "<html><head><meta charset=utf-8 />"
    '<link rel=canonical href=x /><meta property=og:title content="a b" />'
    "<link rel='alternate canonical' href='y'></head>",
    "entities and repeats": '<head><meta property="og:&amp;t" content="x">'
    '<link rel="icon" rel="canonical" href="z"><meta property="" content="e">'
    "<meta property>",
    "two titles": "<head><title>A</title><title\n>B</title></head>",
    "an end title alone": "<head></title><title>A</title ></head>",
    "scripts and styles": '<head><script type="application/ld+json">{"a": 1}</script>'
    "<style>p { color: red }</style><script src=a.js></script><SCRIPT></script>"
    f"{TITLE_AND_LINKS}</head>",
    "CRLF lines": f"<html>\r\n<head>\r\n{TITLE_AND_LINKS}\r\n</head>\r\n<body>",
    "<body> before </head>": f"<head>{TITLE_AND_LINKS}<body></head>",
    "a quote holding the rest": '<head><meta property="og:a content=b></head>x">',
}

# Heads quick_scan must leave to the parser (each still compared).
HOSTILE = {
    "</head> in a script string": '<head><script>var s = "</head>";</script>'
    f"{TITLE_AND_LINKS}</head>",
    "</head> in a style": f"<head><style>/* </head> */</style>{TITLE_AND_LINKS}</head>",
    "</head> in a title": "<head><title>a </head> b</title></head>",
    "CDATA": f"<head><![CDATA[</head>]]>{TITLE_AND_LINKS}</head>",
    "a processing instruction": "<head><?php echo '</head>'; ?>"
    f"{TITLE_AND_LINKS}</head>",
    "a bogus comment": f"<head><! </head> >{TITLE_AND_LINKS}</head>",
    "an abrupt comment": f"<head><!--><title>A</title><!--->{TITLE_AND_LINKS}</head>",
    "-- inside a comment": f"<head><!-- a -- </head> --!> -->{TITLE_AND_LINKS}</head>",
    "an unclosed comment": f"<head>{TITLE_AND_LINKS}<!-- </head>",
    "a bare value with a slash": "<head><link rel=canonical href=/x/></head>",
    "a lone <": "<head><title>A</title>a < b <= c</head>",
    "a tag cut off": '<head><meta property="og:a" content="b"',
    "a non-breaking space in a tag": '<head><meta\u00a0property="og:a"></head>',
    "an unclosed script": "<head><script>var a = 1;</head>",
    "a self-closing title": "<head><title/><title>A</title></head>",
    "noscript": '<head><noscript><link rel="canonical" href="n"></noscript></head>',
    "textarea": "<head><textarea></head></textarea></head>",
    "odd end tag": "<head></ head></head >",
    "junk after a tag name": '<head><meta"x"><link rel="canonical"href="x"></head>',
}


@pytest.mark.parametrize("page", PLAIN.values(), ids=PLAIN.keys())
def test_plain_heads_are_read_quickly_and_alike(page):
    quick = quick_scan(page)
    assert quick is not None
    assert quick == _HeadScan(page).scan()


@pytest.mark.parametrize("page", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_heads_go_to_the_parser(page):
    assert quick_scan(page) is None
    assert scan(page) == _HeadScan(page).scan()


def test_the_plain_heads_find_something():
    """The comparisons above are not of empty answers."""
    found = _HeadScan(PLAIN["</head> in a comment"]).scan()
    page = PLAIN["</head> in a comment"]
    assert page[found.end :].startswith("</head>")
    assert [page[s:e] for s, e in found.canonicals] == [
        '<link rel="canonical" href="https://a.example/">'
    ]
    assert [m[0] for m in found.metas] == ["og:title"]
    assert [page[t[1] : t[2]] for t in found.titles] == ["Sam"]
    upper = PLAIN["uppercase"]
    assert upper[_HeadScan(upper).scan().end :].startswith("</HEAD >")
