"""Row confidence: the estimated probability that an analyst accepts an exported event row as it stands.

An event's detection confidence (``nlp.event_model``: the most confident mention's probability that its
sentence reports a PLOVER interaction) answers "is there an event here?". An analyst judges the whole row:
the event, its type, who did it to whom (with countries), its mode, its date. On audited real-news rows
acceptance depends strongly on things detection ignores: whether the recipient has a country, whether the
row is dated, whether more than one outlet reports it. The row confidence is a logistic regression over
such features of the merged event, fitted on audited dev rows (``scripts/fit_row_confidence.py``; the
audits hold quotes of third-party text and are not in the repository). Its coefficients and the default
threshold live in ``data/row_confidence.json``; docs/EVENTS.md has the features, the fit and the
out-of-fold curve the threshold was chosen on.

Every feature is read from the :class:`~dossier.records.Event` record alone (its participants, date,
sources, mode, detection confidence), so one function scores an event when the linker builds it, when a
store written by an older release is upgraded, and when the fitting script replays an audited row.
The model is a dot product and a sigmoid written here rather than a pickled scikit-learn estimator: the
coefficients stay a readable JSON file and linking does not import scikit-learn.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

MODEL_FILE = Path(__file__).with_name("data") / "row_confidence.json"


def _get(obj: Any, key: str, default: Any = None) -> Any:
    return obj.get(key, default) if isinstance(obj, dict) else getattr(obj, key, default)


def features(event: Any) -> dict[str, float]:
    """The model's inputs for one event: an :class:`~dossier.records.Event` or an exported row (a dict with
    the same field names; a row exported before the two confidences were told apart has its detection
    confidence in ``confidence``)."""
    actors = _get(event, "actors") or []
    recipients = _get(event, "recipients") or []
    if isinstance(event, dict) and "detection_confidence" not in event:
        detection = event.get("confidence")
    else:
        detection = _get(event, "detection_confidence")
    # unknown (an event stored before confidences existed): counted as confident, as the store always did
    detection = 1.0 if detection is None else float(detection)
    return {
        "detection": detection,
        "actor_country": float(any(_get(r, "country") for r in actors)),
        "recipient_country": float(any(_get(r, "country") for r in recipients)),
        "no_recipient": float(not recipients),
        "dated": float(bool(_get(event, "date"))),
        "multi_source": float((_get(event, "n_sources") or 0) >= 2),
        "asserted": float((_get(event, "mode") or "asserted") == "asserted"),
        "background": float(bool(_get(event, "background"))),
        # attacks are the type most often found where there is none (a quake "struck", a match "invaded")
        "assault": float(_get(event, "type") == "ASSAULT"),
    }


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> dict[str, Any]:
    return json.loads(Path(path or MODEL_FILE).read_text("utf-8"))


def row_confidence(event: Any, model: dict[str, Any] | None = None) -> float:
    """Estimated probability that an analyst accepts ``event``'s row as it stands (0..1, 3 decimals).

    Never above the detection confidence: a row is no likelier to be right than its event is to be one.
    The cap also keeps the estimate where the model was fitted: the audits drew rows from the default view
    of the time, so rows under the detection threshold were never judged and a complete but doubtful
    detection ("the council authorized the prime minister...") would otherwise borrow the credit of its
    countries and date."""
    model = model or load_model()
    x = features(event)
    return round(min(probability(x, model), x["detection"]), 3)


def probability(x: dict[str, float], model: dict[str, Any]) -> float:
    z = model["intercept"] + sum(w * x[name] for name, w in model["coefficients"].items())
    return 1.0 / (1.0 + math.exp(-z))



def default_threshold() -> float:
    """The default views' floor on row confidence, chosen out of fold (``data/row_confidence.json``)."""
    return float(load_model()["threshold"])
