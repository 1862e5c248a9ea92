from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'realself/macros.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_canonical = l_0_page_title = l_0_head = l_0_alternates = l_0_alternate_href = l_0_translations = l_0_page_frame = l_0_list_section = l_0_profile_page = l_0_reciprocity = l_0_profile_card = l_0_spots_text = l_0_offer_data = l_0_offer_line = l_0_offer_list = l_0_offer_card = l_0_giveaway_section = l_0_notes_section = l_0_ledger = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_4 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_5 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_6 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    try:
        t_7 = environment.filters['striptags']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'striptags' found.")
    try:
        t_8 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    try:
        t_9 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_url, l_1_siteurl):
        t_10 = []
        l_1_SITEURL = resolve('SITEURL')
        if l_1_url is missing:
            l_1_url = undefined("parameter 'url' was not provided", name='url')
        if l_1_siteurl is missing:
            l_1_siteurl = (undefined(name='SITEURL') if l_1_SITEURL is missing else l_1_SITEURL)
        pass
        t_10.extend((
            '<link rel="canonical" href="',
            str((str_join((l_1_siteurl, l_1_url, )) if context.call(environment.getattr(t_6(l_1_url), 'startswith'), '/') else l_1_url)),
            '">',
        ))
        return concat(t_10)
    context.exported_vars.add('canonical')
    context.vars['canonical'] = l_0_canonical = Macro(environment, macro, 'canonical', ('url', 'siteurl'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_first, l_1_sitename):
        t_11 = []
        l_1_SITENAME = resolve('SITENAME')
        l_1_site = l_1_marks = l_1_words = missing
        if l_1_first is missing:
            l_1_first = undefined("parameter 'first' was not provided", name='first')
        if l_1_sitename is missing:
            l_1_sitename = (undefined(name='SITENAME') if l_1_SITENAME is missing else l_1_SITENAME)
        pass
        l_1_site = t_8(t_7(l_1_sitename))
        l_1_marks = "'’,:;|·—–-.!?"
        l_1_words = context.call(environment.getattr(str_join((' ', (undefined(name='site') if l_1_site is missing else l_1_site), ' ', )), 'translate'), context.call(environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 'maketrans'), (undefined(name='marks') if l_1_marks is missing else l_1_marks), (' ' * t_1((undefined(name='marks') if l_1_marks is missing else l_1_marks)))))
        t_11.append(
            str(l_1_first),
        )
        if ((undefined(name='site') if l_1_site is missing else l_1_site) and (str_join((' ', t_7(l_1_first), ' ', )) not in (undefined(name='words') if l_1_words is missing else l_1_words))):
            pass
            t_11.extend((
                ' · ',
                str((undefined(name='site') if l_1_site is missing else l_1_site)),
            ))
        return concat(t_11)
    context.exported_vars.add('page_title')
    context.vars['page_title'] = l_0_page_title = Macro(environment, macro, 'page_title', ('first', 'sitename'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_profile, l_1_canonical_url, l_1_open_graph, l_1_json_ld, l_1_siteurl, l_1_css):
        t_12 = []
        l_1_SITEURL = resolve('SITEURL')
        l_1_REALSELF_CSS = resolve('REALSELF_CSS')
        if l_1_profile is missing:
            l_1_profile = undefined("parameter 'profile' was not provided", name='profile')
        if l_1_canonical_url is missing:
            l_1_canonical_url = undefined("parameter 'canonical_url' was not provided", name='canonical_url')
        if l_1_open_graph is missing:
            l_1_open_graph = undefined("parameter 'open_graph' was not provided", name='open_graph')
        if l_1_json_ld is missing:
            l_1_json_ld = undefined("parameter 'json_ld' was not provided", name='json_ld')
        if l_1_siteurl is missing:
            l_1_siteurl = (undefined(name='SITEURL') if l_1_SITEURL is missing else l_1_SITEURL)
        if l_1_css is missing:
            l_1_css = (undefined(name='REALSELF_CSS') if l_1_REALSELF_CSS is missing else l_1_REALSELF_CSS)
        pass
        t_12.extend((
            str(context.call((undefined(name='canonical') if l_0_canonical is missing else l_0_canonical), l_1_canonical_url, l_1_siteurl)),
            '\n',
        ))
        for (l_2_property, l_2_content) in l_1_open_graph:
            _loop_vars = {}
            pass
            t_12.extend((
                '<meta property="',
                str(l_2_property),
                '" content="',
                str(l_2_content),
                '">\n',
            ))
        l_2_property = l_2_content = missing
        t_12.extend((
            '<script type="application/ld+json">\n',
            str(l_1_json_ld),
            '\n</script>\n',
        ))
        if l_1_css:
            pass
            t_12.extend((
                '<link rel="stylesheet" href="',
                str(l_1_siteurl),
                '/realself/realself.css">',
            ))
        t_12.append(
            str(context.call((undefined(name='alternates') if l_0_alternates is missing else l_0_alternates), l_1_profile, l_1_siteurl)),
        )
        return concat(t_12)
    context.exported_vars.add('head')
    context.vars['head'] = l_0_head = Macro(environment, macro, 'head', ('profile', 'canonical_url', 'open_graph', 'json_ld', 'siteurl', 'css'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_item, l_1_siteurl):
        t_13 = []
        l_1_SITEURL = resolve('SITEURL')
        if l_1_item is missing:
            l_1_item = undefined("parameter 'item' was not provided", name='item')
        if l_1_siteurl is missing:
            l_1_siteurl = (undefined(name='SITEURL') if l_1_SITEURL is missing else l_1_SITEURL)
        pass
        if environment.getattr(l_1_item, 'translations'):
            pass
            t_13.extend((
                '<link rel="alternate" hreflang="',
                str(environment.getattr(l_1_item, 'lang')),
                '" href="',
                str(context.call((undefined(name='alternate_href') if l_0_alternate_href is missing else l_0_alternate_href), l_1_item, l_1_siteurl)),
                '">\n',
            ))
            for l_2_other in environment.getattr(l_1_item, 'translations'):
                _loop_vars = {}
                pass
                t_13.extend((
                    '<link rel="alternate" hreflang="',
                    str(environment.getattr(l_2_other, 'lang')),
                    '" href="',
                    str(context.call((undefined(name='alternate_href') if l_0_alternate_href is missing else l_0_alternate_href), l_2_other, l_1_siteurl, _loop_vars=_loop_vars)),
                    '">\n',
                ))
            l_2_other = missing
        return concat(t_13)
    context.exported_vars.add('alternates')
    context.vars['alternates'] = l_0_alternates = Macro(environment, macro, 'alternates', ('item', 'siteurl'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_item, l_1_siteurl):
        t_14 = []
        l_1_SITEURL = resolve('SITEURL')
        l_1_href = missing
        if l_1_item is missing:
            l_1_item = undefined("parameter 'item' was not provided", name='item')
        if l_1_siteurl is missing:
            l_1_siteurl = (undefined(name='SITEURL') if l_1_SITEURL is missing else l_1_SITEURL)
        pass
        l_1_href = t_6(environment.getattr(l_1_item, 'absolute_url'))
        t_14.append(
            str(((undefined(name='href') if l_1_href is missing else l_1_href) if ('://' in (undefined(name='href') if l_1_href is missing else l_1_href)) else str_join((l_1_siteurl, '/', environment.getattr(l_1_item, 'url'), )))),
        )
        return concat(t_14)
    context.exported_vars.add('alternate_href')
    context.vars['alternate_href'] = l_0_alternate_href = Macro(environment, macro, 'alternate_href', ('item', 'siteurl'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_item):
        t_15 = []
        l_1__ = resolve('_')
        if l_1_item is missing:
            l_1_item = undefined("parameter 'item' was not provided", name='item')
        pass
        if environment.getattr(l_1_item, 'translations'):
            pass
            t_15.extend((
                '<p class="realself-translations">',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Also in:')),
                '\n',
            ))
            l_2_loop = missing
            for l_2_other, l_2_loop in LoopContext(environment.getattr(l_1_item, 'translations'), undefined):
                l_2_SITEURL = resolve('SITEURL')
                _loop_vars = {}
                pass
                t_15.extend((
                    '<a href="',
                    str((undefined(name='SITEURL') if l_2_SITEURL is missing else l_2_SITEURL)),
                    '/',
                    str(environment.getattr(l_2_other, 'url')),
                    '" hreflang="',
                    str(environment.getattr(l_2_other, 'lang')),
                    '" lang="',
                    str(environment.getattr(l_2_other, 'lang')),
                    '" dir="',
                    str(environment.getattr(l_2_other, 'direction')),
                    '">',
                    str(environment.getattr(l_2_other, 'language_name')),
                    '</a>',
                ))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    t_15.append(
                        ', ',
                    )
            l_2_loop = l_2_other = l_2_SITEURL = missing
            t_15.append(
                '</p>\n',
            )
        return concat(t_15)
    context.exported_vars.add('translations')
    context.vars['translations'] = l_0_translations = Macro(environment, macro, 'translations', ('item',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_caller):
        t_16 = []
        l_1_THEME = resolve('THEME')
        pass
        if context.call(environment.getattr(context.call(environment.getattr(context.call(environment.getattr(t_6((undefined(name='THEME') if l_1_THEME is missing else l_1_THEME)), 'replace'), '\\', '/'), 'rstrip'), '/'), 'endswith'), '/notmyidea'):
            pass
            t_16.extend((
                '<section id="content" class="body">',
                str(context.call(l_1_caller)),
                '</section>',
            ))
        else:
            pass
            t_16.append(
                str(context.call(l_1_caller)),
            )
        return concat(t_16)
    context.exported_vars.add('page_frame')
    context.vars['page_frame'] = l_0_page_frame = Macro(environment, macro, 'page_frame', (), False, False, True, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_id, l_1_title, l_1_items, l_1_class):
        t_17 = []
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        if l_1_class is missing:
            l_1_class = ''
        pass
        if l_1_items:
            pass
            t_17.extend((
                '<section class="realself-section realself-',
                str(l_1_id),
                '" aria-labelledby="realself-',
                str(l_1_id),
                '-title">\n  <h2 id="realself-',
                str(l_1_id),
                '-title">',
                str(l_1_title),
                '</h2>\n  <ul',
            ))
            if l_1_class:
                pass
                t_17.extend((
                    ' class="',
                    str(l_1_class),
                    '"',
                ))
            t_17.append(
                '>\n',
            )
            for l_2_item in l_1_items:
                _loop_vars = {}
                pass
                t_17.extend((
                    '<li>',
                    str(l_2_item),
                    '</li>\n',
                ))
            l_2_item = missing
            t_17.append(
                '  </ul>\n</section>\n',
            )
        return concat(t_17)
    context.exported_vars.add('list_section')
    context.vars['list_section'] = l_0_list_section = Macro(environment, macro, 'list_section', ('id', 'title', 'items', 'class'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_profile):
        t_18 = []
        l_1_SITEURL = resolve('SITEURL')
        l_1_place = resolve('place')
        l_1_lives = resolve('lives')
        l_1__ = resolve('_')
        l_1_facts = resolve('facts')
        l_1_updated = resolve('updated')
        l_1_gettext = resolve('gettext')
        l_1_open_offers = missing
        if l_1_profile is missing:
            l_1_profile = undefined("parameter 'profile' was not provided", name='profile')
        pass
        t_18.extend((
            '<article class="h-card realself-profile" lang="',
            str(environment.getattr(l_1_profile, 'lang')),
            '" dir="',
            str(environment.getattr(l_1_profile, 'direction')),
            '">\n  ',
            str(context.call((undefined(name='translations') if l_0_translations is missing else l_0_translations), l_1_profile)),
            '<div class="realself-intro">\n',
        ))
        l_2_loop = missing
        for l_2_photo, l_2_loop in LoopContext(environment.getattr(l_1_profile, 'photos'), undefined):
            _loop_vars = {}
            pass
            t_18.append(
                '    <figure class="realself-photo"><img class="',
            )
            if environment.getattr(l_2_loop, 'first'):
                pass
                t_18.append(
                    'u-photo',
                )
            t_18.extend((
                '" src="',
                str(environment.getattr(l_2_photo, 'src')),
                '" alt="',
                str(environment.getattr(l_2_photo, 'alt')),
                '" width="256">\n',
            ))
            if environment.getattr(l_2_photo, 'caption'):
                pass
                t_18.extend((
                    '<figcaption>',
                    str(environment.getattr(l_2_photo, 'caption')),
                    '</figcaption>',
                ))
            t_18.append(
                '    </figure>\n',
            )
        l_2_loop = l_2_photo = missing
        t_18.extend((
            '    <h1 class="realself-name"><a class="p-name u-url u-uid" href="',
            str((undefined(name='SITEURL') if l_1_SITEURL is missing else l_1_SITEURL)),
            '/',
            str(environment.getattr(l_1_profile, 'page_url')),
            '">',
            str(environment.getattr(l_1_profile, 'name')),
            '</a></h1>\n',
        ))
        if ((environment.getattr(l_1_profile, 'pronouns') or environment.getattr(l_1_profile, 'pronunciation')) or environment.getattr(l_1_profile, 'location')):
            pass
            t_19 = []
            pass
            t_19.extend((
                '<span class="p-locality">',
                str(environment.getattr(l_1_profile, 'location')),
                '</span>',
            ))
            l_1_place = (Markup if context.eval_ctx.autoescape else identity)(concat(t_19))
            t_20 = []
            pass
            t_20.append(
                str(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'Lives in %(place)s', place=t_3((undefined(name='place') if l_1_place is missing else l_1_place)))),
            )
            l_1_lives = (Markup if context.eval_ctx.autoescape else identity)(concat(t_20))
            l_1_facts = t_2(context.eval_ctx, t_4(context, [(str_join((context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Pronouns:'), ' <span class="p-pronouns">', environment.getattr(l_1_profile, 'pronouns'), '</span>', )) if environment.getattr(l_1_profile, 'pronouns') else ''), (str_join((context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Say it:'), ' <span class="p-x-pronunciation">', environment.getattr(l_1_profile, 'pronunciation'), '</span>', )) if environment.getattr(l_1_profile, 'pronunciation') else ''), ((undefined(name='lives') if l_1_lives is missing else l_1_lives) if environment.getattr(l_1_profile, 'location') else '')]))
            t_18.append(
                '    <p class="realself-facts">\n',
            )
            l_2_loop = missing
            for l_2_fact, l_2_loop in LoopContext((undefined(name='facts') if l_1_facts is missing else l_1_facts), undefined):
                _loop_vars = {}
                pass
                t_18.extend((
                    '<span class="realself-fact">',
                    str(l_2_fact),
                    '</span>',
                ))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    t_18.append(
                        '<span class="realself-fact-separator" aria-hidden="true"> · </span>',
                    )
            l_2_loop = l_2_fact = missing
            t_18.append(
                '    </p>\n',
            )
        if environment.getattr(l_1_profile, 'headline'):
            pass
            t_18.extend((
                '<p class="realself-headline p-note">',
                str(environment.getattr(l_1_profile, 'headline')),
                '</p>',
            ))
        t_18.append(
            '  </div>\n\n',
        )
        if environment.getattr(l_1_profile, 'story'):
            pass
            t_18.append(
                '  <section class="realself-section realself-story',
            )
            if (not environment.getattr(l_1_profile, 'headline')):
                pass
                t_18.append(
                    ' p-note',
                )
            t_18.extend((
                '" aria-label="',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'My story')),
                '">\n    ',
                str(environment.getattr(l_1_profile, 'story')),
                '\n  </section>\n',
            ))
        t_18.append(
            '\n',
        )
        if environment.getattr(l_1_profile, 'facets'):
            pass
            t_18.extend((
                '  <section class="realself-section realself-facets" aria-labelledby="realself-facets-title">\n    <h2 id="realself-facets-title">',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'A few things about me')),
                '</h2>\n    <dl>\n',
            ))
            for l_2_facet in environment.getattr(l_1_profile, 'facets'):
                _loop_vars = {}
                pass
                t_18.extend((
                    '      <dt>',
                    str(environment.getattr(l_2_facet, 'label')),
                    '</dt>\n      <dd>',
                    str(environment.getattr(l_2_facet, 'text')),
                    '</dd>\n',
                ))
            l_2_facet = missing
            t_18.append(
                '    </dl>\n  </section>\n',
            )
        t_18.append(
            '\n',
        )
        if environment.getattr(l_1_profile, 'now'):
            pass
            t_18.extend((
                '  <section class="realself-section realself-now" aria-labelledby="realself-now-title">\n    <h2 id="realself-now-title">',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'What I’m doing now')),
                '</h2>\n    ',
                str(environment.getattr(environment.getattr(l_1_profile, 'now'), 'text')),
                '\n',
            ))
            t_21 = []
            pass
            t_21.extend((
                '<time datetime="',
                str(context.call(environment.getattr(environment.getattr(environment.getattr(l_1_profile, 'now'), 'updated'), 'isoformat'))),
                '">',
                str(environment.getattr(environment.getattr(l_1_profile, 'now'), 'updated_text')),
                '</time>',
            ))
            l_1_updated = (Markup if context.eval_ctx.autoescape else identity)(concat(t_21))
            t_18.append(
                '    <p class="realself-updated">',
            )
            t_18.append(
                str(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'Updated %(updated)s', updated=t_3((undefined(name='updated') if l_1_updated is missing else l_1_updated)))),
            )
            t_18.append(
                '</p>\n  </section>\n',
            )
        t_18.extend((
            '\n  ',
            str(context.call((undefined(name='list_section') if l_0_list_section is missing else l_0_list_section), 'values', context.call((undefined(name='_') if l_1__ is missing else l_1__), 'What I try to live by'), environment.getattr(l_1_profile, 'values'))),
            '\n  ',
            str(context.call((undefined(name='list_section') if l_0_list_section is missing else l_0_list_section), 'honest', context.call((undefined(name='_') if l_1__ is missing else l_1__), 'What I’m not good at (yet)'), environment.getattr(l_1_profile, 'honest'))),
            '\n  ',
            str(context.call((undefined(name='list_section') if l_0_list_section is missing else l_0_list_section), 'not-a-fit', context.call((undefined(name='_') if l_1__ is missing else l_1__), 'We’re probably not a fit if'), environment.getattr(l_1_profile, 'not_a_fit_if'))),
            '\n\n',
        ))
        if environment.getattr(l_1_profile, 'reciprocity'):
            pass
            t_18.extend((
                '  ',
                str(context.call((undefined(name='reciprocity') if l_0_reciprocity is missing else l_0_reciprocity), environment.getattr(l_1_profile, 'reciprocity'))),
                '\n',
            ))
        t_18.extend((
            '\n  ',
            str(context.call((undefined(name='notes_section') if l_0_notes_section is missing else l_0_notes_section), environment.getattr(l_1_profile, 'notes'))),
            '\n\n',
        ))
        l_1_open_offers = t_2(context.eval_ctx, t_5(context, environment.getattr(l_1_profile, 'offers'), 'state', 'in', ['open', 'closing-soon']))
        t_18.extend((
            '  ',
            str(context.call((undefined(name='giveaway_section') if l_0_giveaway_section is missing else l_0_giveaway_section), (undefined(name='open_offers') if l_1_open_offers is missing else l_1_open_offers), title=context.call((undefined(name='_') if l_1__ is missing else l_1__), 'What I’m giving away now'))),
            '\n\n',
        ))
        if environment.getattr(l_1_profile, 'links'):
            pass
            t_18.extend((
                '  <section class="realself-section realself-links" aria-labelledby="realself-links-title">\n    <h2 id="realself-links-title">',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Find me elsewhere')),
                '</h2>\n    <ul>\n',
            ))
            for l_2_link in environment.getattr(l_1_profile, 'links'):
                _loop_vars = {}
                pass
                t_18.extend((
                    '      <li><a href="',
                    str(environment.getattr(l_2_link, 'url')),
                    '"',
                ))
                if environment.getattr(l_2_link, 'me'):
                    pass
                    t_18.append(
                        ' class="u-url" rel="me"',
                    )
                t_18.extend((
                    '>',
                    str(environment.getattr(l_2_link, 'label')),
                    '</a></li>\n',
                ))
            l_2_link = missing
            t_18.append(
                '    </ul>\n  </section>\n',
            )
        t_18.append(
            '</article>',
        )
        return concat(t_18)
    context.exported_vars.add('profile_page')
    context.vars['profile_page'] = l_0_profile_page = Macro(environment, macro, 'profile_page', ('profile',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_rec):
        t_22 = []
        l_1__ = resolve('_')
        if l_1_rec is missing:
            l_1_rec = undefined("parameter 'rec' was not provided", name='rec')
        pass
        t_22.extend((
            '<section class="realself-section realself-reciprocity" aria-labelledby="realself-reciprocity-title">\n  <h2 id="realself-reciprocity-title">',
            str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Giving and receiving')),
            '</h2>\n',
        ))
        if environment.getattr(l_1_rec, 'gives'):
            pass
            t_22.extend((
                '  <h3>',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'What I give')),
                '</h3>\n  <ul class="realself-gives">',
            ))
            for l_2_item in environment.getattr(l_1_rec, 'gives'):
                _loop_vars = {}
                pass
                t_22.extend((
                    '<li>',
                    str(l_2_item),
                    '</li>',
                ))
            l_2_item = missing
            t_22.append(
                '</ul>\n',
            )
        if environment.getattr(l_1_rec, 'hopes'):
            pass
            t_22.extend((
                '  <h3>',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'What I hope for back')),
                '</h3>\n  <ul class="realself-hopes">',
            ))
            for l_2_item in environment.getattr(l_1_rec, 'hopes'):
                _loop_vars = {}
                pass
                t_22.extend((
                    '<li>',
                    str(l_2_item),
                    '</li>',
                ))
            l_2_item = missing
            t_22.append(
                '</ul>\n',
            )
        if environment.getattr(l_1_rec, 'ask'):
            pass
            t_22.append(
                '  <p class="realself-ask">\n',
            )
            if environment.getattr(environment.getattr(l_1_rec, 'ask'), 'url'):
                pass
                t_22.extend((
                    '<a href="',
                    str(environment.getattr(environment.getattr(l_1_rec, 'ask'), 'url')),
                    '">',
                    str(environment.getattr(environment.getattr(l_1_rec, 'ask'), 'question')),
                    '</a>',
                ))
            else:
                pass
                t_22.append(
                    str(environment.getattr(environment.getattr(l_1_rec, 'ask'), 'question')),
                )
            t_22.append(
                '  </p>\n',
            )
        t_22.append(
            '</section>',
        )
        return concat(t_22)
    context.exported_vars.add('reciprocity')
    context.vars['reciprocity'] = l_0_reciprocity = Macro(environment, macro, 'reciprocity', ('rec',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_profile):
        t_23 = []
        l_1_SITEURL = resolve('SITEURL')
        if l_1_profile is missing:
            l_1_profile = undefined("parameter 'profile' was not provided", name='profile')
        pass
        if l_1_profile:
            pass
            t_23.extend((
                '<div class="h-card realself-card" lang="',
                str(environment.getattr(l_1_profile, 'lang')),
                '" dir="',
                str(environment.getattr(l_1_profile, 'direction')),
                '">\n',
            ))
            for l_2_photo in environment.getattr(l_1_profile, 'photos')[:1]:
                _loop_vars = {}
                pass
                t_23.extend((
                    '<img class="u-photo" src="',
                    str(environment.getattr(l_2_photo, 'src')),
                    '" alt="',
                    str(environment.getattr(l_2_photo, 'alt')),
                    '" width="64" height="64">',
                ))
            l_2_photo = missing
            t_23.extend((
                '  <p><a class="p-name u-url" href="',
                str((undefined(name='SITEURL') if l_1_SITEURL is missing else l_1_SITEURL)),
                '/',
                str(environment.getattr(l_1_profile, 'page_url')),
                '">',
                str(environment.getattr(l_1_profile, 'name')),
                '</a>\n',
            ))
            if environment.getattr(l_1_profile, 'pronouns'):
                pass
                t_23.extend((
                    '<span class="p-pronouns">(',
                    str(environment.getattr(l_1_profile, 'pronouns')),
                    ')</span>',
                ))
            t_23.append(
                '</p>\n',
            )
            if environment.getattr(l_1_profile, 'headline'):
                pass
                t_23.extend((
                    '<p class="p-note">',
                    str(environment.getattr(l_1_profile, 'headline')),
                    '</p>',
                ))
            t_23.append(
                '</div>\n',
            )
        return concat(t_23)
    context.exported_vars.add('profile_card')
    context.vars['profile_card'] = l_0_profile_card = Macro(environment, macro, 'profile_card', ('profile',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_offer):
        t_24 = []
        l_1_ngettext = resolve('ngettext')
        l_1__ = resolve('_')
        l_1_left = l_1_total = missing
        if l_1_offer is missing:
            l_1_offer = undefined("parameter 'offer' was not provided", name='offer')
        pass
        (l_1_left, l_1_total) = (environment.getattr(l_1_offer, 'spots_left'), environment.getattr(l_1_offer, 'spots'))
        if (t_9((undefined(name='total') if l_1_total is missing else l_1_total)) and environment.getattr(l_1_offer, 'past')):
            pass
            t_24.append(
                str(context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), '%(num)s spot taken', '%(num)s spots taken', environment.getattr(l_1_offer, 'claimed'))),
            )
        elif t_9((undefined(name='total') if l_1_total is missing else l_1_total)):
            pass
            t_24.append(
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Unlimited spots')),
            )
        elif ((undefined(name='left') if l_1_left is missing else l_1_left) == 0):
            pass
            t_24.append(
                str(context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), 'No spots left (%(count)s given)', 'No spots left (%(count)s given)', (undefined(name='total') if l_1_total is missing else l_1_total), count=(undefined(name='total') if l_1_total is missing else l_1_total))),
            )
        else:
            pass
            t_24.append(
                str(context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), '%(left)s of %(count)s spot left', '%(left)s of %(count)s spots left', (undefined(name='total') if l_1_total is missing else l_1_total), left=(undefined(name='left') if l_1_left is missing else l_1_left), count=(undefined(name='total') if l_1_total is missing else l_1_total))),
            )
        return concat(t_24)
    context.exported_vars.add('spots_text')
    context.vars['spots_text'] = l_0_spots_text = Macro(environment, macro, 'spots_text', ('offer',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_offer):
        t_25 = []
        if l_1_offer is missing:
            l_1_offer = undefined("parameter 'offer' was not provided", name='offer')
        pass
        t_25.extend((
            ' data-realself-offer data-state="',
            str(environment.getattr(l_1_offer, 'state')),
            '"',
        ))
        if environment.getattr(l_1_offer, 'opens'):
            pass
            t_25.extend((
                ' data-opens="',
                str(context.call(environment.getattr(environment.getattr(l_1_offer, 'opens'), 'isoformat'))),
                '"',
            ))
        if environment.getattr(l_1_offer, 'closes'):
            pass
            t_25.extend((
                ' data-closes="',
                str(context.call(environment.getattr(environment.getattr(l_1_offer, 'closes'), 'isoformat'))),
                '"',
            ))
        t_25.extend((
            ' data-full="',
            str(('true' if (environment.getattr(l_1_offer, 'spots_left') == 0) else 'false')),
            '" data-closing-soon-days="',
            str(environment.getattr(l_1_offer, 'closing_soon_days')),
            '"',
        ))
        for (l_2_state, l_2_label) in environment.getattr(l_1_offer, 'labels_by_state'):
            _loop_vars = {}
            pass
            t_25.extend((
                ' data-label-',
                str(l_2_state),
                '="',
                str(l_2_label),
                '"',
            ))
        l_2_state = l_2_label = missing
        return concat(t_25)
    context.exported_vars.add('offer_data')
    context.vars['offer_data'] = l_0_offer_data = Macro(environment, macro, 'offer_data', ('offer',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_offer):
        t_26 = []
        l_1_SITEURL = resolve('SITEURL')
        if l_1_offer is missing:
            l_1_offer = undefined("parameter 'offer' was not provided", name='offer')
        pass
        t_26.extend((
            '<li class="realself-offer-line"',
            str(context.call((undefined(name='offer_data') if l_0_offer_data is missing else l_0_offer_data), l_1_offer)),
            '><a href="',
            str((undefined(name='SITEURL') if l_1_SITEURL is missing else l_1_SITEURL)),
            '/',
            str(environment.getattr(l_1_offer, 'url')),
            '">',
            str(environment.getattr(l_1_offer, 'name')),
            '</a>\n  <span class="realself-status realself-status-',
            str(environment.getattr(l_1_offer, 'state')),
            '" data-realself-status>',
            str(environment.getattr(l_1_offer, 'state_label')),
            '</span>',
        ))
        if (not t_9(environment.getattr(l_1_offer, 'spots'))):
            pass
            t_26.extend((
                ' <span class="realself-spots">',
                str(context.call((undefined(name='spots_text') if l_0_spots_text is missing else l_0_spots_text), l_1_offer)),
                '</span>',
            ))
        t_26.append(
            '</li>',
        )
        return concat(t_26)
    context.exported_vars.add('offer_line')
    context.vars['offer_line'] = l_0_offer_line = Macro(environment, macro, 'offer_line', ('offer',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_offers):
        t_27 = []
        l_1_SITEURL = resolve('SITEURL')
        if l_1_offers is missing:
            l_1_offers = undefined("parameter 'offers' was not provided", name='offers')
        pass
        if l_1_offers:
            pass
            t_27.append(
                '<ul class="realself-offer-list">\n',
            )
            for l_2_offer in l_1_offers:
                _loop_vars = {}
                pass
                t_27.extend((
                    str(context.call((undefined(name='offer_line') if l_0_offer_line is missing else l_0_offer_line), l_2_offer, _loop_vars=_loop_vars)),
                    '\n',
                ))
            l_2_offer = missing
            t_27.extend((
                '</ul>\n<script src="',
                str((undefined(name='SITEURL') if l_1_SITEURL is missing else l_1_SITEURL)),
                '/realself/realself.js" defer></script>\n',
            ))
        return concat(t_27)
    context.exported_vars.add('offer_list')
    context.vars['offer_list'] = l_0_offer_list = Macro(environment, macro, 'offer_list', ('offers',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_offer, l_1_heading, l_1_link, l_1_summary):
        t_28 = []
        l_1_SITEURL = resolve('SITEURL')
        l_1_gettext = resolve('gettext')
        l_1__ = resolve('_')
        l_1_moment = missing
        if l_1_offer is missing:
            l_1_offer = undefined("parameter 'offer' was not provided", name='offer')
        if l_1_heading is missing:
            l_1_heading = 'h3'
        if l_1_link is missing:
            l_1_link = True
        if l_1_summary is missing:
            l_1_summary = True
        pass
        t_28.extend((
            '<article class="realself-offer realself-offer-',
            str(environment.getattr(l_1_offer, 'state')),
            '" lang="',
            str(environment.getattr(l_1_offer, 'lang')),
            '" dir="',
            str(environment.getattr(l_1_offer, 'direction')),
            '"',
            str(context.call((undefined(name='offer_data') if l_0_offer_data is missing else l_0_offer_data), l_1_offer)),
            '>\n  <',
            str(l_1_heading),
            ' class="realself-offer-title">',
        ))
        if l_1_link:
            pass
            t_28.extend((
                '<a href="',
                str((undefined(name='SITEURL') if l_1_SITEURL is missing else l_1_SITEURL)),
                '/',
                str(environment.getattr(l_1_offer, 'url')),
                '">',
                str(environment.getattr(l_1_offer, 'name')),
                '</a>',
            ))
        else:
            pass
            t_28.append(
                str(environment.getattr(l_1_offer, 'name')),
            )
        t_28.extend((
            '</',
            str(l_1_heading),
            '>\n  <p class="realself-status-line"><span class="realself-status realself-status-',
            str(environment.getattr(l_1_offer, 'state')),
            '" data-realself-status>',
            str(environment.getattr(l_1_offer, 'state_label')),
            '</span>\n    <span class="realself-spots">',
            str(context.call((undefined(name='spots_text') if l_0_spots_text is missing else l_0_spots_text), l_1_offer)),
            '</span>\n',
        ))
        t_29 = []
        pass
        t_29.extend((
            '<time datetime="',
            str(context.call(environment.getattr(environment.getattr(l_1_offer, 'build_time'), 'isoformat'))),
            '">',
            str(environment.getattr(l_1_offer, 'as_of_text')),
            '</time>',
        ))
        l_1_moment = (Markup if context.eval_ctx.autoescape else identity)(concat(t_29))
        t_28.append(
            '    <span class="realself-as-of">',
        )
        t_28.append(
            str(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'as of %(moment)s', moment=t_3((undefined(name='moment') if l_1_moment is missing else l_1_moment)))),
        )
        t_28.append(
            '</span></p>\n',
        )
        if (l_1_summary and environment.getattr(l_1_offer, 'description')):
            pass
            t_28.extend((
                '<div class="realself-offer-summary">',
                str(environment.getattr(l_1_offer, 'description')),
                '</div>',
            ))
        if environment.getattr(l_1_offer, 'you_get'):
            pass
            t_28.extend((
                '  <p class="realself-you-get-title">',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'What you get:')),
                '</p>\n  <ul class="realself-you-get">',
            ))
            for l_2_item in environment.getattr(l_1_offer, 'you_get'):
                _loop_vars = {}
                pass
                t_28.extend((
                    '<li>',
                    str(l_2_item),
                    '</li>',
                ))
            l_2_item = missing
            t_28.append(
                '</ul>\n',
            )
        t_28.extend((
            '  <p class="realself-window">',
            str(environment.getattr(l_1_offer, 'window_text')),
            '</p>\n',
        ))
        if environment.getattr(l_1_offer, 'asks'):
            pass
            t_28.extend((
                '  <p class="realself-asks-title">',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'What I ask in return:')),
                '</p>\n  <ul class="realself-asks">',
            ))
            for l_2_item in environment.getattr(l_1_offer, 'asks'):
                _loop_vars = {}
                pass
                t_28.extend((
                    '<li>',
                    str(l_2_item),
                    '</li>',
                ))
            l_2_item = missing
            t_28.append(
                '</ul>\n',
            )
        else:
            pass
            t_28.extend((
                '  <p class="realself-asks realself-no-strings">',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'No strings attached: nothing is asked in return.')),
                '</p>\n',
            ))
        if environment.getattr(l_1_offer, 'how_chosen'):
            pass
            t_28.append(
                '<p class="realself-how-chosen">',
            )
            t_28.append(
                str(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'How people are chosen: %(how)s', how=environment.getattr(l_1_offer, 'how_chosen'))),
            )
            t_28.append(
                '</p>',
            )
        if (environment.getattr(l_1_offer, 'claim_url') and (not environment.getattr(l_1_offer, 'past'))):
            pass
            t_28.extend((
                '  <p><a class="realself-claim" href="',
                str(environment.getattr(l_1_offer, 'claim_url')),
                '" data-realself-claim',
            ))
            if (not environment.getattr(l_1_offer, 'claimable')):
                pass
                t_28.append(
                    ' hidden',
                )
            t_28.extend((
                '>',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Claim a spot')),
                '<span class="realself-visually-hidden">: ',
                str(environment.getattr(l_1_offer, 'name')),
                '</span></a></p>\n',
            ))
        t_28.append(
            '</article>',
        )
        return concat(t_28)
    context.exported_vars.add('offer_card')
    context.vars['offer_card'] = l_0_offer_card = Macro(environment, macro, 'offer_card', ('offer', 'heading', 'link', 'summary'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_offers, l_1_title, l_1_heading):
        t_30 = []
        l_1__ = resolve('_')
        l_1_realself_dir = resolve('realself_dir')
        l_1_realself_lang = resolve('realself_lang')
        l_1_SITEURL = resolve('SITEURL')
        if l_1_offers is missing:
            l_1_offers = undefined("parameter 'offers' was not provided", name='offers')
        if l_1_title is missing:
            l_1_title = None
        if l_1_heading is missing:
            l_1_heading = 'h2'
        pass
        l_1_title = (l_1_title or context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Free, before anything else'))
        if l_1_offers:
            pass
            t_30.extend((
                '<section class="realself-giveaway" aria-label="',
                str(l_1_title),
                '"',
            ))
            if (undefined(name='realself_dir') if l_1_realself_dir is missing else l_1_realself_dir):
                pass
                t_30.extend((
                    ' lang="',
                    str((undefined(name='realself_lang') if l_1_realself_lang is missing else l_1_realself_lang)),
                    '" dir="',
                    str((undefined(name='realself_dir') if l_1_realself_dir is missing else l_1_realself_dir)),
                    '"',
                ))
            t_30.extend((
                '>\n  <',
                str(l_1_heading),
                ' class="realself-giveaway-title">',
                str(l_1_title),
                '</',
                str(l_1_heading),
                '>\n',
            ))
            for l_2_offer in l_1_offers:
                _loop_vars = {}
                pass
                t_30.append(
                    str(context.call((undefined(name='offer_card') if l_0_offer_card is missing else l_0_offer_card), l_2_offer, heading=('h3' if (l_1_heading == 'h2') else 'h4'), _loop_vars=_loop_vars)),
                )
            l_2_offer = missing
            t_30.extend((
                '  <script src="',
                str((undefined(name='SITEURL') if l_1_SITEURL is missing else l_1_SITEURL)),
                '/realself/realself.js" defer></script>\n</section>\n',
            ))
        return concat(t_30)
    context.exported_vars.add('giveaway_section')
    context.vars['giveaway_section'] = l_0_giveaway_section = Macro(environment, macro, 'giveaway_section', ('offers', 'title', 'heading'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_notes):
        t_31 = []
        l_1__ = resolve('_')
        if l_1_notes is missing:
            l_1_notes = undefined("parameter 'notes' was not provided", name='notes')
        pass
        if l_1_notes:
            pass
            t_31.extend((
                '<section class="realself-section realself-notes" aria-labelledby="realself-notes-title">\n  <h2 id="realself-notes-title">',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Care that came back')),
                '</h2>\n',
            ))
            for l_2_note in l_1_notes:
                _loop_vars = {}
                pass
                t_31.append(
                    '<div class="h-review realself-note"',
                )
                if environment.getattr(l_2_note, 'lang'):
                    pass
                    t_31.extend((
                        ' lang="',
                        str(environment.getattr(l_2_note, 'lang')),
                        '" dir="',
                        str(environment.getattr(l_2_note, 'direction')),
                        '"',
                    ))
                t_31.extend((
                    '>\n    <figure class="realself-note-quote">\n      <blockquote class="e-content"><p>',
                    str(environment.getattr(l_2_note, 'quote')),
                    '</p></blockquote>\n      <figcaption>\n        <span class="p-author h-card">',
                ))
                if environment.getattr(l_2_note, 'link'):
                    pass
                    t_31.extend((
                        '<a class="p-name u-url" href="',
                        str(environment.getattr(l_2_note, 'link')),
                        '">',
                        str(environment.getattr(l_2_note, 'who')),
                        '</a>',
                    ))
                else:
                    pass
                    t_31.extend((
                        '<span class="p-name">',
                        str(environment.getattr(l_2_note, 'who')),
                        '</span>',
                    ))
                t_31.append(
                    '</span>',
                )
                if environment.getattr(l_2_note, 'relationship'):
                    pass
                    t_31.extend((
                        ', <span class="realself-relationship">',
                        str(environment.getattr(l_2_note, 'relationship')),
                        '</span>',
                    ))
                if environment.getattr(l_2_note, 'date'):
                    pass
                    t_31.extend((
                        ', <time class="dt-published" datetime="',
                        str(context.call(environment.getattr(environment.getattr(l_2_note, 'date'), 'isoformat'), _loop_vars=_loop_vars)),
                        '">',
                        str(environment.getattr(l_2_note, 'date_text')),
                        '</time>',
                    ))
                t_31.append(
                    '      </figcaption>\n    </figure>\n',
                )
                if environment.getattr(l_2_note, 'reply'):
                    pass
                    t_31.extend((
                        '<div class="realself-reply"><p class="realself-reply-title">',
                        str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'My reply:', _loop_vars=_loop_vars)),
                        '</p>',
                        str(environment.getattr(l_2_note, 'reply')),
                        '</div>',
                    ))
                t_31.append(
                    '  </div>\n',
                )
            l_2_note = missing
            t_31.append(
                '</section>\n',
            )
        return concat(t_31)
    context.exported_vars.add('notes_section')
    context.vars['notes_section'] = l_0_notes_section = Macro(environment, macro, 'notes_section', ('notes',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_realself):
        t_32 = []
        l_1_ngettext = resolve('ngettext')
        l_1_still_open = resolve('still_open')
        l_1_gettext = resolve('gettext')
        l_1_given = l_1_taken = missing
        if l_1_realself is missing:
            l_1_realself = undefined("parameter 'realself' was not provided", name='realself')
        pass
        l_1_given = context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), '%(num)s offer given', '%(num)s offers given', environment.getattr(environment.getattr(l_1_realself, 'ledger'), 'offers_given'))
        l_1_taken = context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), '%(num)s spot taken', '%(num)s spots taken', environment.getattr(environment.getattr(l_1_realself, 'ledger'), 'spots_given'))
        t_32.append(
            '<p class="realself-ledger">',
        )
        if environment.getattr(environment.getattr(l_1_realself, 'ledger'), 'spots_open'):
            pass
            l_1_still_open = context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), '%(num)s spot still open', '%(num)s spots still open', environment.getattr(environment.getattr(l_1_realself, 'ledger'), 'spots_open'))
            t_32.append(
                str(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'So far: %(given)s, %(taken)s, %(still_open)s.', given=(undefined(name='given') if l_1_given is missing else l_1_given), taken=(undefined(name='taken') if l_1_taken is missing else l_1_taken), still_open=(undefined(name='still_open') if l_1_still_open is missing else l_1_still_open))),
            )
        else:
            pass
            t_32.append(
                str(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'So far: %(given)s, %(taken)s.', given=(undefined(name='given') if l_1_given is missing else l_1_given), taken=(undefined(name='taken') if l_1_taken is missing else l_1_taken))),
            )
        t_32.append(
            '</p>',
        )
        return concat(t_32)
    context.exported_vars.add('ledger')
    context.vars['ledger'] = l_0_ledger = Macro(environment, macro, 'ledger', ('realself',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '16=66&17=76&23=82&24=91&26=92&27=93&28=95&31=107&32=125&33=128&34=133&37=141&39=144&40=152&46=157&47=165&48=169&49=174&54=189&55=198&56=200&59=206&60=212&61=216&62=220&70=251&71=255&72=259&74=265&78=271&79=282&80=286&81=290&82=295&83=305&90=321&91=336&92=340&96=344&99=350&100=362&103=375&104=382&106=388&107=395&108=398&114=403&117=420&120=430&121=435&122=444&126=450&128=454&130=457&131=462&132=464&138=474&140=478&141=480&142=487&143=497&147=504&148=506&149=508&151=511&152=515&155=520&157=523&158=526&160=529&162=533&164=536&165=541&173=565&175=573&176=576&177=580&178=583&180=595&181=599&182=602&184=614&186=619&192=643&193=649&196=653&197=658&198=671&199=678&200=688&205=702&206=710&207=711&208=716&209=721&210=729&215=734&216=741&217=744&218=751&219=760&220=765&223=780&224=788&225=796&228=815&229=821&231=826&234=836&238=843&239=860&240=868&241=891&242=895&243=902&244=912&245=917&246=924&247=928&248=931&250=945&251=948&252=952&253=955&255=971&257=974&258=985&259=989&264=1011&265=1024&266=1025&267=1029&268=1043&269=1050&270=1059&275=1066&276=1072&278=1076&279=1079&282=1085&284=1096&286=1099&289=1137&296=1157&297=1166&298=1167&299=1171&300=1173&301=1175&302=1180'