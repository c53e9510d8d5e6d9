from flask import Blueprint
from flask_restful import Api, Resource

api_bp = Blueprint("api", __name__, url_prefix="/api")
v1_bp = Blueprint("v1", __name__, url_prefix="/v1")
api_bp.register_blueprint(v1_bp)
api = Api(v1_bp)


class TodoResource(Resource):
    def get(self, todo_id):
        return {}

    def put(self, todo_id):
        return {}


def ping():
    return "pong"


api.add_resource(TodoResource, "/todos/<int:todo_id>")
v1_bp.add_url_rule("/ping", view_func=ping, methods=["GET", "HEAD"])
