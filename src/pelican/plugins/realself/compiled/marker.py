from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'realself/marker.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_what = resolve('what')
    l_0_subject = resolve('subject')
    l_0_SITEURL = resolve('SITEURL')
    l_0__ = resolve('_')
    l_0_realself = resolve('realself')
    l_0_REALSELF_GIVE_SAVE_AS = resolve('REALSELF_GIVE_SAVE_AS')
    l_0_REALSELF_GIVE_URL = resolve('REALSELF_GIVE_URL')
    l_0_realself_macros = l_0_css = missing
    pass
    l_0_realself_macros = context.vars['realself_macros'] = environment.get_template('realself/macros.html', 'realself/marker.html').make_module(context.get_all(), True, {'css': l_0_css, 'realself_macros': l_0_realself_macros})
    context.exported_vars.discard('realself_macros')
    l_1_REALSELF_CSS = resolve('REALSELF_CSS')
    t_1 = []
    pass
    if (undefined(name='REALSELF_CSS') if l_1_REALSELF_CSS is missing else l_1_REALSELF_CSS):
        pass
        t_1.extend((
            '<link rel="stylesheet" href="',
            str((undefined(name='SITEURL') if l_0_SITEURL is missing else l_0_SITEURL)),
            '/realself/realself.css">',
        ))
    l_0_css = (Markup if context.eval_ctx.autoescape else identity)(concat(t_1))
    context.vars['css'] = l_0_css
    context.exported_vars.add('css')
    l_1_REALSELF_CSS = missing
    if ((undefined(name='what') if l_0_what is missing else l_0_what) == 'offer'):
        pass
        yield '<div class="realself-marker">'
        yield str((undefined(name='css') if l_0_css is missing else l_0_css))
        yield str(context.call(environment.getattr((undefined(name='realself_macros') if l_0_realself_macros is missing else l_0_realself_macros), 'offer_card'), (undefined(name='subject') if l_0_subject is missing else l_0_subject), heading='h2'))
        yield '<script src="'
        yield str((undefined(name='SITEURL') if l_0_SITEURL is missing else l_0_SITEURL))
        yield '/realself/realself.js" defer></script></div>'
    elif ((undefined(name='what') if l_0_what is missing else l_0_what) == 'offers'):
        pass
        if (undefined(name='subject') if l_0_subject is missing else l_0_subject):
            pass
            yield str((undefined(name='css') if l_0_css is missing else l_0_css))
            yield str(context.call(environment.getattr((undefined(name='realself_macros') if l_0_realself_macros is missing else l_0_realself_macros), 'giveaway_section'), (undefined(name='subject') if l_0_subject is missing else l_0_subject)))
        else:
            pass
            yield '<p class="realself-marker realself-nothing-open">'
            yield str(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Nothing to give away right now.'))
            if (environment.getattr((undefined(name='realself') if l_0_realself is missing else l_0_realself), 'offers') and (undefined(name='REALSELF_GIVE_SAVE_AS') if l_0_REALSELF_GIVE_SAVE_AS is missing else l_0_REALSELF_GIVE_SAVE_AS)):
                pass
                yield ' <a href="'
                yield str((undefined(name='SITEURL') if l_0_SITEURL is missing else l_0_SITEURL))
                yield '/'
                yield str((undefined(name='REALSELF_GIVE_URL') if l_0_REALSELF_GIVE_URL is missing else l_0_REALSELF_GIVE_URL))
                yield '">'
                yield str(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'See what I have given.'))
                yield '</a>'
            yield '</p>'
    else:
        pass
        yield str((undefined(name='css') if l_0_css is missing else l_0_css))
        yield str(context.call(environment.getattr((undefined(name='realself_macros') if l_0_realself_macros is missing else l_0_realself_macros), 'profile_card'), (undefined(name='subject') if l_0_subject is missing else l_0_subject)))

blocks = {}
debug_info = '3=19&4=24&5=35&6=38&7=43&8=45&10=65'