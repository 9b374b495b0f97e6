"""Taxa, their names in many languages, and the regulatory lists that name them."""

from taxonomy.loader import Taxonomy, load_taxonomy
from taxonomy.validate import TaxonomyError

__all__ = ["Taxonomy", "TaxonomyError", "load_taxonomy"]
