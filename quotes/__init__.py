"""quotes: turn news articles into a searchable database of attributed quotes."""
from .engine import extract, extract_article
from .model import Article, Quote

__all__ = ["Article", "Quote", "extract", "extract_article"]
