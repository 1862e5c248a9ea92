from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'realself/give.html'

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
    parent_template = environment.get_template(t_1((undefined(name='realself_base') if l_0_realself_base is missing else l_0_realself_base), 'base.html'), 'realself/give.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_REALSELF_GIVE_TITLE = resolve('REALSELF_GIVE_TITLE')
    pass
    yield str((undefined(name='REALSELF_GIVE_TITLE') if l_0_REALSELF_GIVE_TITLE is missing else l_0_REALSELF_GIVE_TITLE))

def block_realself_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_REALSELF_GIVE_TITLE = resolve('REALSELF_GIVE_TITLE')
    l_0_SITENAME = resolve('SITENAME')
    l_0_m = missing
    pass
    l_0_m = environment.get_template('realself/macros.html', 'realself/give.html')._get_default_module(context)
    yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'page_title'), (undefined(name='REALSELF_GIVE_TITLE') if l_0_REALSELF_GIVE_TITLE is missing else l_0_REALSELF_GIVE_TITLE), (undefined(name='SITENAME') if l_0_SITENAME is missing else l_0_SITENAME), _block_vars=_block_vars))

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
    l_0_REALSELF_CSS = resolve('REALSELF_CSS')
    l_0_m = missing
    pass
    l_0_m = environment.get_template('realself/macros.html', 'realself/give.html')._get_default_module(context)
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
    if (undefined(name='REALSELF_CSS') if l_0_REALSELF_CSS is missing else l_0_REALSELF_CSS):
        pass
        yield '<link rel="stylesheet" href="'
        yield str((undefined(name='SITEURL') if l_0_SITEURL is missing else l_0_SITEURL))
        yield '/realself/realself.css">'
    yield '<script src="'
    yield str((undefined(name='SITEURL') if l_0_SITEURL is missing else l_0_SITEURL))
    yield '/realself/realself.js" defer></script>\n'

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_realself_macros = missing
    pass
    l_0_realself_macros = environment.get_template('realself/macros.html', 'realself/give.html').make_module(context.get_all(), True, {'realself_macros': l_0_realself_macros})
    def macro():
        t_2 = []
        l_1_realself_lang = resolve('realself_lang')
        l_1_realself_dir = resolve('realself_dir')
        l_1_REALSELF_GIVE_TITLE = resolve('REALSELF_GIVE_TITLE')
        l_1_realself = resolve('realself')
        l_1__ = resolve('_')
        l_1_REALSELF_FEED_ATOM = resolve('REALSELF_FEED_ATOM')
        l_1_SITEURL = resolve('SITEURL')
        pass
        t_2.extend((
            '<article class="realself-give" lang="',
            str((undefined(name='realself_lang') if l_1_realself_lang is missing else l_1_realself_lang)),
            '" dir="',
            str((undefined(name='realself_dir') if l_1_realself_dir is missing else l_1_realself_dir)),
            '">\n  <h1>',
            str((undefined(name='REALSELF_GIVE_TITLE') if l_1_REALSELF_GIVE_TITLE is missing else l_1_REALSELF_GIVE_TITLE)),
            '</h1>\n  ',
            str(context.call(environment.getattr((undefined(name='realself_macros') if l_0_realself_macros is missing else l_0_realself_macros), 'ledger'), (undefined(name='realself') if l_1_realself is missing else l_1_realself))),
            '\n',
        ))
        if environment.getattr((undefined(name='realself') if l_1_realself is missing else l_1_realself), 'open_offers'):
            pass
            t_2.extend((
                '  <section aria-labelledby="realself-open-title">\n    <h2 id="realself-open-title">',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Open now')),
                '</h2>\n',
            ))
            for l_2_offer in environment.getattr((undefined(name='realself') if l_1_realself is missing else l_1_realself), 'open_offers'):
                _loop_vars = {}
                pass
                t_2.append(
                    str(context.call(environment.getattr((undefined(name='realself_macros') if l_0_realself_macros is missing else l_0_realself_macros), 'offer_card'), l_2_offer, _loop_vars=_loop_vars)),
                )
            l_2_offer = missing
            t_2.append(
                '  </section>\n',
            )
        if environment.getattr((undefined(name='realself') if l_1_realself is missing else l_1_realself), 'upcoming_offers'):
            pass
            t_2.extend((
                '  <section aria-labelledby="realself-upcoming-title">\n    <h2 id="realself-upcoming-title">',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Coming up')),
                '</h2>\n',
            ))
            for l_2_offer in environment.getattr((undefined(name='realself') if l_1_realself is missing else l_1_realself), 'upcoming_offers'):
                _loop_vars = {}
                pass
                t_2.append(
                    str(context.call(environment.getattr((undefined(name='realself_macros') if l_0_realself_macros is missing else l_0_realself_macros), 'offer_card'), l_2_offer, _loop_vars=_loop_vars)),
                )
            l_2_offer = missing
            t_2.append(
                '  </section>\n',
            )
        if environment.getattr((undefined(name='realself') if l_1_realself is missing else l_1_realself), 'past_offers'):
            pass
            t_2.extend((
                '  <section aria-labelledby="realself-past-title">\n    <h2 id="realself-past-title">',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Already given')),
                '</h2>\n',
            ))
            for l_2_offer in environment.getattr((undefined(name='realself') if l_1_realself is missing else l_1_realself), 'past_offers'):
                _loop_vars = {}
                pass
                t_2.append(
                    str(context.call(environment.getattr((undefined(name='realself_macros') if l_0_realself_macros is missing else l_0_realself_macros), 'offer_card'), l_2_offer, summary=False, _loop_vars=_loop_vars)),
                )
            l_2_offer = missing
            t_2.append(
                '  </section>\n',
            )
        if (not environment.getattr((undefined(name='realself') if l_1_realself is missing else l_1_realself), 'offers')):
            pass
            t_2.extend((
                '<p>',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Nothing to give away right now.')),
                '</p>',
            ))
        if (undefined(name='REALSELF_FEED_ATOM') if l_1_REALSELF_FEED_ATOM is missing else l_1_REALSELF_FEED_ATOM):
            pass
            t_2.extend((
                '<p><a href="',
                str((undefined(name='SITEURL') if l_1_SITEURL is missing else l_1_SITEURL)),
                '/',
                str((undefined(name='REALSELF_FEED_ATOM') if l_1_REALSELF_FEED_ATOM is missing else l_1_REALSELF_FEED_ATOM)),
                '">',
                str(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Follow new free offers in your feed reader.')),
                '</a></p>',
            ))
        t_2.append(
            '</article>\n',
        )
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield context.call(environment.getattr((undefined(name='realself_macros') if l_0_realself_macros is missing else l_0_realself_macros), 'page_frame'), caller=caller, _block_vars=_block_vars)

blocks = {'title': block_title, 'realself_title': block_realself_title, 'realself_head': block_realself_head, 'content': block_content}
debug_info = '4=19&7=24&8=35&11=49&12=63&13=64&14=66&15=75&16=81&18=84&20=93&21=94&23=106&24=110&25=112&26=115&28=119&29=122&32=132&34=136&35=139&38=149&40=153&41=156&44=166&45=173&21=189'