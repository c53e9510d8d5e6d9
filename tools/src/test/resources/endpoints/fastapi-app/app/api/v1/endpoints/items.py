from typing import Annotated, Optional

from fastapi import APIRouter, Depends

from app.deps import get_current_user
from app.schemas import ItemCreate, User

router = APIRouter()


@router.get("/")
async def list_items(skip: int = 0, limit: int = 100, q: Optional[str] = None):
    return []


@router.get("/{item_id}")
async def read_item(item_id: int):
    return {"id": item_id}


@router.post("/", status_code=201)
async def create_item(item: ItemCreate, user: Annotated[User, Depends(get_current_user)]):
    return item


@router.api_route("/{item_id}/sync", methods=["PUT", "PATCH"])
def sync_item(item_id: int):
    return {"synced": item_id}


@router.get("/files/{file_path:path}")
def read_file(file_path: str):
    return {"path": file_path}
