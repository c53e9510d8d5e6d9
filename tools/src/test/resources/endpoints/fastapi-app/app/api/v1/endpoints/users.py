from fastapi import APIRouter

router = APIRouter(prefix="/profiles")


@router.get("/me")
def read_me():
    return {}
