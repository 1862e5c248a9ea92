from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'realself/offer.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_realself_base = resolve('realself_base')
    try:
        t_1 = environment.filters['default']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'default' found.")
    pass
    parent_template = environment.get_template(t_1((undefined(name='realself_base') if l_0_realself_base is missing else l_0_realself_base), 'base.html'), 'realself/offer.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_html_lang(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_offer = resolve('offer')
    pass
    yield str(environment.getattr((undefined(name='offer') if l_0_offer is missing else l_0_offer), 'lang'))

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_offer = resolve('offer')
    pass
    yield str(environment.getattr((undefined(name='offer') if l_0_offer is missing else l_0_offer), 'name'))

def block_realself_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_offer = resolve('offer')
    l_0_SITENAME = resolve('SITENAME')
    l_0_m = missing
    pass
    l_0_m = environment.get_template('realself/macros.html', 'realself/offer.html')._get_default_module(context)
    yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'page_title'), environment.getattr((undefined(name='offer') if l_0_offer is missing else l_0_offer), 'name'), (undefined(name='SITENAME') if l_0_SITENAME is missing else l_0_SITENAME), _block_vars=_block_vars))

def block_realself_head(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_canonical_url = resolve('canonical_url')
    l_0_SITEURL = resolve('SITEURL')
    l_0_REALSELF_FEED_ATOM = resolve('REALSELF_FEED_ATOM')
    l_0_REALSELF_FEED_TITLE = resolve('REALSELF_FEED_TITLE')
    l_0_offer_json_ld = resolve('offer_json_ld')
    l_0_REALSELF_CSS = resolve('REALSELF_CSS')
    l_0_offer = resolve('offer')
    l_0_m = missing
    pass
    l_0_m = environment.get_template('realself/macros.html', 'realself/offer.html')._get_default_module(context)
    yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'canonical'), (undefined(name='canonical_url') if l_0_canonical_url is missing else l_0_canonical_url), (undefined(name='SITEURL') if l_0_SITEURL is missing else l_0_SITEURL), _block_vars=_block_vars))
    yield '\n'
    if (undefined(name='REALSELF_FEED_ATOM') if l_0_REALSELF_FEED_ATOM is missing else l_0_REALSELF_FEED_ATOM):
        pass
        yield '<link rel="alternate" type="application/atom+xml" href="'
        yield str((undefined(name='SITEURL') if l_0_SITEURL is missing else l_0_SITEURL))
        yield '/'
        yield str((undefined(name='REALSELF_FEED_ATOM') if l_0_REALSELF_FEED_ATOM is missing else l_0_REALSELF_FEED_ATOM))
        yield '" title="'
        yield str((undefined(name='REALSELF_FEED_TITLE') if l_0_REALSELF_FEED_TITLE is missing else l_0_REALSELF_FEED_TITLE))
        yield '">'
    yield '<script type="application/ld+json">\n'
    yield str((undefined(name='offer_json_ld') if l_0_offer_json_ld is missing else l_0_offer_json_ld))
    yield '\n</script>\n'
    if (undefined(name='REALSELF_CSS') if l_0_REALSELF_CSS is missing else l_0_REALSELF_CSS):
        pass
        yield '<link rel="stylesheet" href="'
        yield str((undefined(name='SITEURL') if l_0_SITEURL is missing else l_0_SITEURL))
        yield '/realself/realself.css">'
    yield '<script src="'
    yield str((undefined(name='SITEURL') if l_0_SITEURL is missing else l_0_SITEURL))
    yield '/realself/realself.js" defer></script>\n'
    yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'alternates'), (undefined(name='offer') if l_0_offer is missing else l_0_offer), (undefined(name='SITEURL') if l_0_SITEURL is missing else l_0_SITEURL), _block_vars=_block_vars))
    yield '\n'

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_realself_macros = missing
    pass
    l_0_realself_macros = environment.get_template('realself/macros.html', 'realself/offer.html').make_module(context.get_all(), True, {'realself_macros': l_0_realself_macros})
    def macro():
        t_2 = []
        l_1_offer = resolve('offer')
        l_1__ = resolve('_')
        l_1_SITEURL = resolve('SITEURL')
        l_1_REALSELF_GIVE_URL = resolve('REALSELF_GIVE_URL')
        pass
        t_2.extend((
            '<article class="realself-offer-page" lang="',
            str(environment.getattr((undefined(name='offer') if l_1_offer is missing else l_1_offer), 'lang')),
            '" dir="',
            str(environment.getattr((undefined(name='offer') if l_1_offer is missing else l_1_offer), 'direction')),
            '">\n',
            str(context.call(environment.getattr((undefined(name='realself_macros') if l_0_realself_macros is missing else l_0_realself_macros), 'translations'), (undefined(name='offer') if l_1_offer is missing else l_1_offer))),
            '\n',
            str(context.call(environment.getattr((undefined(name='realself_macros') if l_0_realself_macros is missing else l_0_realself_macros), 'offer_card'), (undefined(name='offer') if l_1_offer is missing else l_1_offer), heading='h1', link=False)),
            '\n',
        ))
        if environment.getattr((undefined(name='offer') if l_1_offer is missing else l_1_offer), 'profile'):
            pass
            t_2.extend((
                '<section class="realself-offered-by" aria-label="',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Who is giving this')),
                '">\n  <p>',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Offered by')),
                '</p>\n  ',
                str(context.call(environment.getattr((undefined(name='realself_macros') if l_0_realself_macros is missing else l_0_realself_macros), 'profile_card'), environment.getattr((undefined(name='offer') if l_1_offer is missing else l_1_offer), 'profile'))),
                '\n</section>\n',
            ))
        t_2.extend((
            '<p><a href="',
            str((undefined(name='SITEURL') if l_1_SITEURL is missing else l_1_SITEURL)),
            '/',
            str((undefined(name='REALSELF_GIVE_URL') if l_1_REALSELF_GIVE_URL is missing else l_1_REALSELF_GIVE_URL)),
            '">',
            str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Everything I give away')),
            '</a></p>\n</article>\n',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield context.call(environment.getattr((undefined(name='realself_macros') if l_0_realself_macros is missing else l_0_realself_macros), 'page_frame'), caller=caller, _block_vars=_block_vars)

blocks = {'html_lang': block_html_lang, 'title': block_title, 'realself_title': block_realself_title, 'realself_head': block_realself_head, 'content': block_content}
debug_info = '4=19&5=24&8=35&9=46&12=60&13=76&14=77&15=79&17=89&19=91&20=97&21=99&23=102&25=111&26=112&29=121&30=125&31=127&32=130&33=134&34=136&35=138&38=143&26=152'