"""Render a Story as text, markdown, JSON or HTML. Citations are [n], n = the article's
place in the story (1-based), listed under the summary with outlet, title and link."""

from tomtat.render.formats import FORMATS, render

__all__ = ["FORMATS", "render"]
