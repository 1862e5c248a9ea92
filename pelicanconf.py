AUTHOR = "Teo Marsh"
SITENAME = "The Counter Letter"
SITEURL = ""

PATH = "content"

TIMEZONE = "Europe/Lisbon"

DEFAULT_LANG = "en"

# Our own theme, in this repository.
THEME = "themes/realself"

# The dotted name is needed: Pelican's namespace auto-discovery (pkgutil over
# pelican.plugins) does not see an editable install (pip install -e .), so a
# plain PLUGINS = ["realself"] would not be found during development.
PLUGINS = ["pelican.plugins.realself"]

# Feed generation is usually not desired when developing
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# Copied as they are; the profile photo lives here.
STATIC_PATHS = ["images"]

DEFAULT_PAGINATION = 10

# Document-relative URLs when developing
RELATIVE_URLS = True
