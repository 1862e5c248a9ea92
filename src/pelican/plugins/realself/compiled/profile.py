from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'realself/profile.html'

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
    parent_template = environment.get_template(t_1((undefined(name='realself_base') if l_0_realself_base is missing else l_0_realself_base), 'base.html'), 'realself/profile.html')
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
    l_0_profile = resolve('profile')
    pass
    yield str(environment.getattr((undefined(name='profile') if l_0_profile is missing else l_0_profile), 'lang'))

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_profile = resolve('profile')
    pass
    yield str(environment.getattr((undefined(name='profile') if l_0_profile is missing else l_0_profile), 'name'))

def block_realself_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_profile = resolve('profile')
    l_0_SITENAME = resolve('SITENAME')
    l_0_m = missing
    pass
    l_0_m = environment.get_template('realself/macros.html', 'realself/profile.html')._get_default_module(context)
    yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'page_title'), environment.getattr((undefined(name='profile') if l_0_profile is missing else l_0_profile), 'name'), (undefined(name='SITENAME') if l_0_SITENAME is missing else l_0_SITENAME), _block_vars=_block_vars))

def block_realself_head(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_profile = resolve('profile')
    l_0_canonical_url = resolve('canonical_url')
    l_0_profile_open_graph = resolve('profile_open_graph')
    l_0_profile_json_ld = resolve('profile_json_ld')
    l_0_SITEURL = resolve('SITEURL')
    l_0_REALSELF_CSS = resolve('REALSELF_CSS')
    l_0_m = missing
    pass
    l_0_m = environment.get_template('realself/macros.html', 'realself/profile.html')._get_default_module(context)
    yield str(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'head'), (undefined(name='profile') if l_0_profile is missing else l_0_profile), (undefined(name='canonical_url') if l_0_canonical_url is missing else l_0_canonical_url), (undefined(name='profile_open_graph') if l_0_profile_open_graph is missing else l_0_profile_open_graph), (undefined(name='profile_json_ld') if l_0_profile_json_ld is missing else l_0_profile_json_ld), (undefined(name='SITEURL') if l_0_SITEURL is missing else l_0_SITEURL), (undefined(name='REALSELF_CSS') if l_0_REALSELF_CSS is missing else l_0_REALSELF_CSS), _block_vars=_block_vars))
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
    l_0_realself_macros = environment.get_template('realself/macros.html', 'realself/profile.html').make_module(context.get_all(), True, {'realself_macros': l_0_realself_macros})
    def macro():
        t_2 = []
        l_1_profile = resolve('profile')
        pass
        t_2.extend((
            str(context.call(environment.getattr((undefined(name='realself_macros') if l_0_realself_macros is missing else l_0_realself_macros), 'profile_page'), (undefined(name='profile') if l_1_profile is missing else l_1_profile))),
            '\n',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield context.call(environment.getattr((undefined(name='realself_macros') if l_0_realself_macros is missing else l_0_realself_macros), 'page_frame'), caller=caller, _block_vars=_block_vars)

blocks = {'html_lang': block_html_lang, 'title': block_title, 'realself_title': block_realself_title, 'realself_head': block_realself_head, 'content': block_content}
debug_info = '6=19&7=24&10=35&11=46&14=60&15=75&16=76&18=79&20=88&21=89&22=94&21=99'