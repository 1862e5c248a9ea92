"""Our templates compiled by Jinja 3.1.6: made by
`./dev compile-templates` (precompiled.py), not edited by hand.

One module per template, holding the code Jinja generates for it in
Pelican's default environment. precompiled.shipped_code uses a module
only when the build's environment and the template's source are those
recorded here."""

# what the environment was: precompiled.compile_options
OPTIONS = ('3.1.6', 'Environment', '{%', '%}', '{{', '}}', '{#', '#}', None, None, True, True, '\n', False, True, False, 'False', 'None', 'CodeGenerator', True, ('jinja2.ext.InternationalizationExtension',))

# template -> (module, sha256 of its source, how each filter and test
# it uses is called: precompiled.how_called)
TEMPLATES = {
    'realself/give.html': ('give', 'c0feb1832a2d17a277951c7b9350ebca818c323f1e12484ba1187eee25aad596', {('filter', 'default', False): 'value'}),
    'realself/macros.html': ('macros', 'fabde131b25525ef1afefebb2d4d2aa3e9e2770e754d9a55b312131295c5d1c1', {('filter', 'length', False): 'value', ('filter', 'list', False): 'eval_context', ('filter', 'safe', False): 'value', ('filter', 'select', False): 'context', ('filter', 'selectattr', False): 'context', ('filter', 'string', False): 'value', ('filter', 'striptags', False): 'value', ('filter', 'trim', False): 'value', ('test', 'none', False): 'value'}),
    'realself/marker.html': ('marker', 'a16e4736fee4512670e307e20b460c71b7f0977cc05eec57b007fb3825298d8a', {}),
    'realself/marker_link.html': ('marker_link', 'a75a7eaa7c4085b6a54f9573c35cf0314c45d9a3385ebd56fbce0d8d246cfa87', {}),
    'realself/offer.html': ('offer', '11430bb6f281fe5e4d49f6da4127ea389b87f4c8ede737e30afed27754d23c4b', {('filter', 'default', False): 'value'}),
    'realself/profile.html': ('profile', 'c934bc457edfb5e305e9b68cbaef51cd0dd871c5bf41777d62fca6cab4229c94', {('filter', 'default', False): 'value'}),
}
