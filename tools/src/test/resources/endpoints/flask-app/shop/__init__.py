from flask import Flask

from .api import api_bp
from .auth import auth_bp
from .catalog import catalog_bp


def create_app():
    app = Flask(__name__)
    app.register_blueprint(catalog_bp)
    app.register_blueprint(auth_bp, url_prefix="/account")
    app.register_blueprint(api_bp)

    @app.route("/")
    def index():
        return "home"

    return app
