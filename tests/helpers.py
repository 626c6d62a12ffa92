"""Small helpers to read Dash component trees in tests."""

from __future__ import annotations


def walk(component):
    """Yield every component in a tree (depth first)."""
    if component is None or isinstance(component, (str, int, float)):
        return
    if isinstance(component, (list, tuple)):
        for child in component:
            yield from walk(child)
        return
    yield component
    yield from walk(getattr(component, "children", None))


def text(component) -> str:
    """All the text of a tree, joined by single spaces."""
    parts = []

    def collect(node):
        if node is None:
            return
        if isinstance(node, (str, int, float)):
            parts.append(str(node))
        elif isinstance(node, (list, tuple)):
            for child in node:
                collect(child)
        elif isinstance(node, dict):  # a component already turned into JSON-ready values
            collect(node.get("props", {}).get("children"))
        else:
            collect(getattr(node, "children", None))

    collect(component)
    return " ".join(p.strip() for p in parts if str(p).strip())


def by_id(tree, component_id):
    for node in walk(tree):
        if getattr(node, "id", None) == component_id:
            return node
    raise KeyError(component_id)


def hrefs(component) -> list[str]:
    return [n.href for n in walk(component) if getattr(n, "href", None)]


def plain_array(value) -> list:
    """A trace array as plotly.py sends it (a list, or base64 'bdata' typed array) as a list."""
    if isinstance(value, dict) and "bdata" in value:
        import base64

        import numpy as np

        return np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"]).tolist()
    return list(value)
