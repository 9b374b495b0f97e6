import numpy as np
import pytest

from index.lexical import NgramVectorizer, fold_for_lexical

NAMES = ["Eichhornia crassipes", "Pontederia crassipes", "Procambarus clarkii", "Procambarus virginalis",
         "Trachemys scripta", "Lepomis gibbosus", "water hyacinth", "red swamp crayfish"]


def test_fold_strips_case_accents_and_separators():
    assert fold_for_lexical("Écrevisse  de-Louisiane") == "ecrevisse de louisiane"
    assert fold_for_lexical("Rotwangen-Schmuckschildkröte") == "rotwangen schmuckschildkrote"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Eichornia crasipes", "Eichhornia crassipes"),
        ("Procambarus clarki", "Procambarus clarkii"),
        ("Trachemis scripta", "Trachemys scripta"),
        ("water hyacinthe", "water hyacinth"),
    ],
)
def test_vectorizer_nearest_name_survives_typos(query, expected):
    vectorizer = NgramVectorizer(512).fit(NAMES)
    names = vectorizer.transform(NAMES)
    scores = names @ vectorizer.transform([query])[0]
    assert NAMES[int(np.argmax(scores))] == expected


def test_vectorizer_rows_are_unit_length():
    vectorizer = NgramVectorizer(256).fit(NAMES)
    norms = np.linalg.norm(vectorizer.transform(NAMES + [""]), axis=1)
    assert norms[:-1] == pytest.approx(np.ones(len(NAMES)), abs=1e-5)
    assert norms[-1] == 0.0


def test_vectorizer_rejects_wrong_idf_shape():
    with pytest.raises(ValueError, match="rebuild the index"):
        NgramVectorizer(128, np.ones(64, dtype=np.float32))
