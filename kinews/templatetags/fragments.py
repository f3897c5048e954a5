"""{% fragment name vary… tags="site other" %} … {% endfragment %}: a template part cached by kinews.fragments.

Everything the part depends on besides its tags must be among the `vary` values (e.g. the language, the
highlighted category), like Django's {% cache %} tag.
"""

from django import template
from django.utils.safestring import mark_safe

from kinews.fragments import cached_fragment

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary, tags):
        self.nodelist, self.name, self.vary, self.tags = nodelist, name, vary, tags

    def render(self, context):
        vary = tuple(value.resolve(context) for value in self.vary)
        tags = self.tags.resolve(context).split() if self.tags else []

        def compute():
            return self.nodelist.render(context), tags

        return mark_safe(cached_fragment(context.get("request"), (self.name.resolve(context), *vary), compute))


@register.tag
def fragment(parser, token):
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("{% fragment %} needs a name")
    tags = None
    if bits[-1].startswith("tags="):
        tags = parser.compile_filter(bits.pop().removeprefix("tags="))
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, parser.compile_filter(bits[0]), [parser.compile_filter(b) for b in bits[1:]], tags)
