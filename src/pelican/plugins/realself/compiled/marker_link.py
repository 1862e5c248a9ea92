from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'realself/marker_link.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_what = resolve('what')
    l_0_SITEURL = resolve('SITEURL')
    l_0_subject = resolve('subject')
    l_0_REALSELF_GIVE_SAVE_AS = resolve('REALSELF_GIVE_SAVE_AS')
    l_0_REALSELF_GIVE_URL = resolve('REALSELF_GIVE_URL')
    l_0_REALSELF_GIVE_TITLE = resolve('REALSELF_GIVE_TITLE')
    pass
    if ((undefined(name='what') if l_0_what is missing else l_0_what) == 'offer'):
        pass
        yield '<p class="realself-marker-link"><a href="'
        yield str((undefined(name='SITEURL') if l_0_SITEURL is missing else l_0_SITEURL))
        yield '/'
        yield str(environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'url'))
        yield '">'
        yield str(environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'name'))
        yield '</a></p>'
    elif ((undefined(name='what') if l_0_what is missing else l_0_what) == 'offers'):
        pass
        if ((undefined(name='subject') if l_0_subject is missing else l_0_subject) and (undefined(name='REALSELF_GIVE_SAVE_AS') if l_0_REALSELF_GIVE_SAVE_AS is missing else l_0_REALSELF_GIVE_SAVE_AS)):
            pass
            yield '<p class="realself-marker-link"><a href="'
            yield str((undefined(name='SITEURL') if l_0_SITEURL is missing else l_0_SITEURL))
            yield '/'
            yield str((undefined(name='REALSELF_GIVE_URL') if l_0_REALSELF_GIVE_URL is missing else l_0_REALSELF_GIVE_URL))
            yield '">'
            yield str((undefined(name='REALSELF_GIVE_TITLE') if l_0_REALSELF_GIVE_TITLE is missing else l_0_REALSELF_GIVE_TITLE))
            yield '</a></p>'
    else:
        pass
        yield '<p class="realself-marker-link"><a href="'
        yield str((undefined(name='SITEURL') if l_0_SITEURL is missing else l_0_SITEURL))
        yield '/'
        yield str(environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'page_url'))
        yield '">'
        yield str(environment.getattr((undefined(name='subject') if l_0_subject is missing else l_0_subject), 'name'))
        yield '</a></p>'

blocks = {}
debug_info = '5=17&6=20&7=26&8=28&9=31&12=40'