from flask import Blueprint, request
from flask_login import login_required

catalog_bp = Blueprint("catalog", __name__, url_prefix="/products")


@catalog_bp.route("/", methods=["GET", "POST"])
def products():
    if request.method == "POST":
        name = request.json["name"]
        price = request.json.get("price")
        return {"name": name, "price": price}, 201
    query = request.args.get("q")
    return {"q": query}


@catalog_bp.get("/<int:product_id>")
def product(product_id):
    return {"id": product_id}


@catalog_bp.delete("/<int:product_id>")
@login_required
def delete_product(product_id):
    return "", 204


def decoys():
    """@catalog_bp.route("/docstring-decoy")"""
    text = '@catalog_bp.route("/string-decoy")'
    return text
