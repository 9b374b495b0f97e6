"""Dependencies that hand the loaded pipeline and settings to the routes."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.config import Settings
from nlp.pipeline import Tagger


def get_tagger(request: Request) -> Tagger:
    """Return the pipeline loaded at start-up."""
    return request.app.state.tagger


def get_app_settings(request: Request) -> Settings:
    """Return the settings the app was created with."""
    return request.app.state.settings


TaggerDep = Annotated[Tagger, Depends(get_tagger)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
