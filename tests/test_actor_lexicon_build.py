"""scripts/build_actor_lexicon.py: people the dictionaries list without their leaders file's comment (issue 17).
The dictionary lines below are written for the test in the Phoenix format."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _builder():
    spec = importlib.util.spec_from_file_location("build_actor_lexicon", ROOT / "scripts" / "build_actor_lexicon.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


DICTIONARY = """\
LUNIA_  [LUN]
+PORT_LUNE_
JOHN_HARBOURMAN
\t[USAELI]
\t[USAGOVLEG >20130511]
JANE_QUAYSIDE_
+THE_QUAYSIDE_ADMINISTRATION_
\t[USAGOV >20150101]
SOUTH_MAROVIA
+SOUTH_MAROVIAN
\t[SDNSSD <20050709]
LUNE_SHIPPING_COMPANY_
\t[USABUS >20100101]
JOE_OLDHAND_  # CountryInfo.txt
\t[USAGOV 030101-041031]
"""


def test_people_without_the_comment_are_people_and_bodies_and_countries_stay_what_they_are(tmp_path):
    b = _builder()
    path = tmp_path / "Phoenix.Countries.actors.txt"
    path.write_text(DICTIONARY)
    rows = b.country_rows(b.parse_actor_file(path), {"USA", "SDN", "SSD"})
    kinds = {r[1]: r[0] for r in rows}
    assert kinds["John Harbourman"] == "person"  # an elite code
    assert kinds["Jane Quayside"] == "person"  # a role with an 8-digit date
    assert "The Quayside Administration" not in kinds  # a body's synonym is no name of the person
    assert kinds.get("South Marovia") != "person"  # a country's dated code is not a role
    assert kinds["Lune Shipping Company"] == "org"
    assert kinds["Joe Oldhand"] == "person"
