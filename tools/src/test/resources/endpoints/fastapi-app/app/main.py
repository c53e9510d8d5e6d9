from fastapi import FastAPI

from app.api.v1.api import api_router
from app.core.config import settings
from .admin import admin_app

app = FastAPI(title="Shop")


@app.get("/health")
def health():
    """Liveness probe.

    Decoy for detectors: @app.get("/not-a-route") in a docstring is documentation.
    """
    return {"ok": True}


app.include_router(api_router, prefix=settings.API_V1_STR)
app.mount("/admin", admin_app)
# @app.get("/commented-out")
