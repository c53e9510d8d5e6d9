from fastapi import APIRouter, Depends

from app.api.v1.endpoints import items, users
from app.deps import get_current_user

api_router = APIRouter()
api_router.include_router(items.router, prefix="/items", tags=["items"])
api_router.include_router(
    users.router,
    prefix="/users",
    dependencies=[Depends(get_current_user)],
)
