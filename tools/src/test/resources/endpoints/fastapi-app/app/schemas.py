from enum import Enum
from typing import Optional

from pydantic import BaseModel, EmailStr, Field


class Category(str, Enum):
    tools = "tools"
    toys = "toys"


class Dimensions(BaseModel):
    width: float = Field(gt=0)
    height: float


class ItemCreate(BaseModel):
    name: str = Field(min_length=8, max_length=50)
    price: float = Field(gt=0, description="in euros")
    quantity: int = Field(default=1, ge=5, le=100)
    category: Category
    tags: list[str] = []
    dimensions: Optional[Dimensions] = None
    sku: str = Field(alias="SKU")
    contact: EmailStr | None = None


class User(BaseModel):
    id: int
