# This file is only used if you use `make publish` or
# explicitly specify it as your config file:
#   pelican content -s publishconf.py

import os
import sys

sys.path.insert(0, os.curdir)
from pelicanconf import *  # noqa: E402, F403

# A placeholder: change it to the address your site is served from.
# If your site is available via HTTPS, make sure SITEURL begins with https://
SITEURL = "https://example.com"
RELATIVE_URLS = False

FEED_ALL_ATOM = "feeds/all.atom.xml"

DELETE_OUTPUT_DIRECTORY = True
