"""Look up taxa."""

from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException

from api.deps import TaggerDep
from api.schemas import NameOut, TaxonDetail, TaxonListOut

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/v1", tags=["taxa"])


@router.get("/taxa/{taxon_id}", response_model=TaxonDetail)
def read_taxon(taxon_id: str, tagger: TaggerDep) -> TaxonDetail:
    """Show a taxon with its names and lists."""
    taxonomy = tagger.taxonomy
    taxon = taxonomy.taxa.get(taxon_id)
    if taxon is None:
        logger.info("taxon %s not found in taxonomy %s", taxon_id, taxonomy.version)
        raise HTTPException(
            status_code=404,
            detail=f"taxon '{taxon_id}' not found in taxonomy {taxonomy.version}; ids are GBIF usage keys "
            "such as those in classification results",
        )
    names = [NameOut(name=n.name, form=n.form, language=n.language, source=n.source, ambiguous=n.ambiguous)
             for n in taxonomy.names_of(taxon_id)]
    lists = []
    for membership in taxonomy.memberships_of(taxon_id):
        listed = taxonomy.lists[membership.list_id]
        lists.append(TaxonListOut(id=listed.id, title=listed.title, jurisdiction=listed.jurisdiction,
                                  legal_act=membership.legal_act or listed.legal_act, kind=listed.kind,
                                  applies_from=membership.applies_from.isoformat(),
                                  listed_name=membership.listed_name))
    return TaxonDetail(id=taxon.id, scientific_name=taxon.scientific_name, authorship=taxon.authorship,
                       rank=taxon.rank, kingdom=taxon.kingdom, group=taxon.group, gbif_key=taxon.gbif_key,
                       names=names, lists=lists, taxonomy_version=taxonomy.version)
