AUTHOR = "Teo Marsh"
SITENAME = "The Counter Letter"
SITEURL = ""

PATH = "content"

TIMEZONE = "Europe/Lisbon"

DEFAULT_LANG = "en"

# Our own theme, in this repository.
THEME = "themes/realself"

# Listed by its dotted name so the site says what it uses; Pelican's namespace
# auto-discovery would also find the installed (or editable) package.
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
