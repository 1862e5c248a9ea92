# Settings for the published site, on top of pelicanconf.py. Used by the
# deploy workflow (.github/workflows/deploy.yml):
#   pelican content --fatal errors -s publishconf.py

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
