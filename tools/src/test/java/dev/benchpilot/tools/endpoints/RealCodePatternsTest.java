package dev.benchpilot.tools.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What real production code does that the tutorials the detectors were first tuned on do not (issue 15): each fixture
 * is a few files of our own written in the style of a public project of the corpus (bench/endpoints-corpus), and each
 * of these failed before the detector learned the pattern.
 */
class RealCodePatternsTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private DetectionResult detect() {
        return EndpointDetection.detect(root, null);
    }

    // ---- Spring

    @Test
    void spring_controller_with_response_body_on_each_method() throws IOException {
        write("admin/src/main/java/shop/CartController.java", """
                package shop;
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.*;
                @Controller
                @RequestMapping("/cart")
                public class CartController {
                    @RequestMapping(value = "/add", method = RequestMethod.POST)
                    @ResponseBody
                    public Object add(@RequestBody Object item) { return item; }
                    @RequestMapping(value = "/list", method = RequestMethod.GET)
                    @ResponseBody
                    public Object list() { return null; }
                }
                """);

        assertThat(detect().endpoints()).extracting(Endpoint::key).containsExactly("POST /cart/add", "GET /cart/list");
    }

    @Test
    void spring_composed_mapping_annotations_and_stereotypes_declared_in_the_project() throws IOException {
        write("common/src/main/java/app/rest/AnonymousGetMapping.java", """
                package app.rest;
                import java.lang.annotation.*;
                import org.springframework.core.annotation.AliasFor;
                import org.springframework.web.bind.annotation.*;
                @Target(ElementType.METHOD)
                @Retention(RetentionPolicy.RUNTIME)
                @RequestMapping(method = RequestMethod.GET)
                public @interface AnonymousGetMapping {
                    @AliasFor(annotation = RequestMapping.class) String[] value() default {};
                }
                """);
        write("common/src/main/java/app/rest/ApiController.java", """
                package app.rest;
                import java.lang.annotation.*;
                import org.springframework.web.bind.annotation.RestController;
                @Target(ElementType.TYPE)
                @Retention(RetentionPolicy.RUNTIME)
                @RestController
                public @interface ApiController {}
                """);
        write("system/src/main/java/app/AuthController.java", """
                package app;
                import app.rest.*;
                import org.springframework.web.bind.annotation.*;
                @ApiController
                @RequestMapping("/auth")
                public class AuthController {
                    @AnonymousGetMapping("/code") public Object code() { return null; }
                    @PostMapping("/logout") public Object logout() { return null; }
                }
                """);

        assertThat(detect().endpoints())
                .extracting(Endpoint::key)
                .containsExactly("GET /auth/code", "POST /auth/logout");
    }

    @Test
    void each_service_of_a_multi_module_build_under_its_own_context_path() throws IOException {
        write("orders/src/main/resources/application.properties", "server.servlet.context-path=/orders\n");
        write("orders/src/main/java/shop/orders/OrderController.java", """
                package shop.orders;
                import org.springframework.web.bind.annotation.*;
                @RestController @RequestMapping("/api") class OrderController { @GetMapping("/list") Object list() { return null; } }
                """);
        write("billing/src/main/resources/application.yml", "server:\n  servlet:\n    context-path: /billing\n");
        write("billing/src/main/java/shop/billing/InvoiceController.java", """
                package shop.billing;
                import org.springframework.web.bind.annotation.*;
                @RestController @RequestMapping("/api") class InvoiceController { @GetMapping("/list") Object list() { return null; } }
                """);

        assertThat(detect().endpoints())
                .extracting(Endpoint::key)
                .containsExactly("GET /billing/api/list", "GET /orders/api/list");
    }

    // ---- JAX-RS: where the servlet container mounts the application

    private static final String JETTY_START = """
            package app;
            import org.eclipse.jetty.ee10.servlet.*;
            import org.glassfish.jersey.server.ResourceConfig;
            import org.glassfish.jersey.servlet.ServletContainer;
            public class WebServer {
                void start(ServletContextHandler servletHandler) {
                    ResourceConfig resourceConfig = new ResourceConfig();
                    resourceConfig.packages("app.resource");
                    servletHandler.addServlet(new ServletHolder(new ServletContainer(resourceConfig)), "/api/*");
                    ServletHolder v2 = new ServletHolder("v2", new ServletContainer(new app.v2.V2Config()));
                    servletHandler.addServlet(v2, "/api/v2/*");
                }
            }
            """;

    @Test
    void jaxrs_resources_under_the_jersey_servlet_that_scans_their_package() throws IOException {
        write("src/main/java/app/WebServer.java", JETTY_START);
        write("src/main/java/app/v2/V2Config.java", """
                package app.v2;
                public final class V2Config extends org.glassfish.jersey.server.ResourceConfig {
                    public V2Config() { property("jersey.config.server.provider.packages", getClass().getPackageName()); }
                }
                """);
        write("src/main/java/app/resource/DeviceResource.java", """
                package app.resource;
                import jakarta.ws.rs.*;
                @Path("devices")
                public class DeviceResource {
                    @GET public Object list() { return null; }
                    @Path("{id}") @DELETE public void remove(@PathParam("id") long id) { }
                }
                """);
        write("src/main/java/app/v2/ProjectsResource.java", """
                package app.v2;
                import jakarta.ws.rs.*;
                @Path("/projects")
                public class ProjectsResource {
                    @GET public Object list() { return null; }
                }
                """);

        assertThat(detect().endpoints())
                .extracting(Endpoint::key)
                .containsExactly("GET /api/devices", "DELETE /api/devices/{id}", "GET /api/v2/projects");
    }

    @Test
    void jaxrs_resources_under_a_web_xml_servlet_mapping() throws IOException {
        write("src/main/webapp/WEB-INF/web.xml", """
                <web-app>
                  <servlet>
                    <servlet-name>Jersey</servlet-name>
                    <servlet-class>org.glassfish.jersey.servlet.ServletContainer</servlet-class>
                    <init-param>
                      <param-name>jersey.config.server.provider.packages</param-name>
                      <param-value>org.example.api</param-value>
                    </init-param>
                  </servlet>
                  <!-- <servlet-mapping><servlet-name>Jersey</servlet-name><url-pattern>/old/*</url-pattern></servlet-mapping> -->
                  <servlet-mapping><servlet-name>Jersey</servlet-name><url-pattern>/rest/*</url-pattern></servlet-mapping>
                </web-app>
                """);
        write("src/main/java/org/example/api/TeamResource.java", """
                package org.example.api;
                import javax.ws.rs.*;
                @Path("/v1/team")
                public class TeamResource {
                    @GET @Path("/{uuid}") public Object one(@PathParam("uuid") String uuid) { return null; }
                }
                """);

        assertThat(detect().endpoints()).extracting(Endpoint::key).containsExactly("GET /rest/v1/team/{uuid}");
    }

    @Test
    void one_endpoint_per_operation_when_the_openapi_file_has_the_servlet_prefix_in_its_servers() throws IOException {
        write("src/main/java/app/WebServer.java", JETTY_START.replace("new app.v2.V2Config()", "new ResourceConfig()"));
        write("src/main/java/app/resource/DeviceResource.java", """
                package app.resource;
                import jakarta.ws.rs.*;
                @Path("devices")
                public class DeviceResource {
                    @GET public Object list() { return null; }
                    @Path("{id}") @PUT public Object update(@PathParam("id") long id, Object device) { return device; }
                }
                """);
        write("openapi.yaml", """
                openapi: 3.0.1
                info: {title: devices, version: "1"}
                servers: [{url: "https://demo.example.org/api"}]
                paths:
                  /devices:
                    get: {responses: {'200': {description: ok}}}
                  /devices/{deviceId}:
                    put:
                      parameters: [{name: deviceId, in: path, required: true, schema: {type: integer}}]
                      responses: {'200': {description: ok}}
                """);

        DetectionResult result = detect();

        assertThat(result.endpoints())
                .extracting(Endpoint::key)
                .containsExactly("GET /api/devices", "PUT /api/devices/{id}");
        assertThat(result.endpoints()).allSatisfy(e -> assertThat(e.detector()).isEqualTo("jaxrs+openapi"));
        assertThat(result.endpoints().get(1).parameters())
                .extracting(Endpoint.Parameter::name)
                .containsExactly("id");
    }

    @Test
    void an_openapi_description_split_over_files_with_relative_refs() throws IOException {
        write("api/src/main/openapi/openapi.yaml", """
                openapi: 3.0.3
                info: {title: split, version: "2"}
                servers: [{url: /api/v2}]
                paths:
                  /projects:
                    $ref: "./resources/projects/projects.yaml"
                  /projects/{uuid}:
                    $ref: "./resources/projects/project.yaml"
                """);
        write("api/src/main/openapi/resources/projects/projects.yaml", """
                get:
                  responses: {'200': {description: ok}}
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: "../../components/schemas.yaml#/Project"}
                  responses: {'201': {description: created}}
                """);
        write("api/src/main/openapi/resources/projects/project.yaml", """
                get:
                  parameters: [{name: uuid, in: path, required: true, schema: {type: string}}]
                  responses: {'200': {description: ok}}
                """);
        write("api/src/main/openapi/components/schemas.yaml", """
                Project:
                  type: object
                  properties: {name: {type: string, example: acme}}
                """);

        DetectionResult result = detect();

        assertThat(result.warnings()).isEmpty();
        assertThat(result.endpoints())
                .extracting(Endpoint::key)
                .containsExactly("GET /api/v2/projects", "POST /api/v2/projects", "GET /api/v2/projects/{uuid}");
        assertThat(String.valueOf(result.endpoints().get(1).requestBody().sample()))
                .isEqualTo("{\"name\":\"acme\"}");
    }

    // ---- FastAPI / Starlette

    @Test
    void fastapi_sub_application_mounted_with_a_keyword_and_routers_nested_three_deep() throws IOException {
        write("src/svc/main.py", """
                from fastapi import FastAPI
                from .api import api_router
                app = FastAPI()
                api = FastAPI()
                api.include_router(api_router)
                app.mount("/api/v1", app=api)
                """);
        write("src/svc/api.py", """
                from fastapi import APIRouter, Depends
                from .incidents.views import router as incident_router
                api_router = APIRouter()
                org_router = APIRouter(prefix="/{organization}")
                org_router.include_router(incident_router, prefix="/incidents")
                api_router.include_router(org_router)

                @api_router.get("/healthcheck")
                def healthcheck():
                    return {"status": "ok"}
                """);
        write("src/svc/incidents/views.py", """
                from fastapi import APIRouter
                router = APIRouter()

                @router.get("")
                def list_incidents(): ...

                @router.get("/{incident_id}")
                def get_incident(incident_id: int): ...

                def register(): ...

                if True:
                    register = router.post("/register")(register)
                """);

        assertThat(detect().endpoints())
                .extracting(Endpoint::key)
                .containsExactly(
                        "GET /api/v1/healthcheck",
                        "GET /api/v1/{organization}/incidents",
                        "POST /api/v1/{organization}/incidents/register",
                        "GET /api/v1/{organization}/incidents/{incident_id}");
    }

    @Test
    void the_openapi_file_of_a_mounted_sub_application_lacks_the_mount_and_is_aligned_to_it() throws IOException {
        write("svc/main.py", """
                from fastapi import FastAPI, APIRouter
                app = FastAPI()
                api = FastAPI()
                router = APIRouter(prefix="/tags")

                @router.get("")
                def tags(): ...

                @router.get("/{tag_id}")
                def tag(tag_id: int): ...

                api.include_router(router)
                app.mount("/api/v1", app=api)
                """);
        write("docs/openapi.yaml", """
                openapi: 3.0.2
                info: {title: svc, version: "1"}
                paths:
                  /tags:
                    get: {responses: {'200': {description: ok}}}
                  /tags/{id}:
                    get:
                      parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
                      responses: {'200': {description: ok}}
                  /events/slack/action:
                    post: {responses: {'200': {description: ok}}}
                """);

        assertThat(detect().endpoints())
                .extracting(Endpoint::key)
                .containsExactly("POST /api/v1/events/slack/action", "GET /api/v1/tags", "GET /api/v1/tags/{tag_id}");
    }

    @Test
    void fastapi_router_subclasses_and_each_module_its_own_prefix_constant() throws IOException {
        write("app/routes/_base.py", """
                from fastapi import APIRouter
                class AdminAPIRouter(APIRouter):
                    def __init__(self, prefix=""):
                        super().__init__(prefix=prefix)
                """);
        write("app/routes/__init__.py", """
                from fastapi import APIRouter
                from . import admin, recipes
                router = APIRouter(prefix="/api")
                router.include_router(admin.router)
                router.include_router(recipes.router)
                """);
        write("app/routes/admin.py", """
                from fastapi import APIRouter
                from app.routes._base import AdminAPIRouter
                prefix = "/admin"
                router = AdminAPIRouter(prefix=prefix)

                @router.get("/about")
                def about(): ...
                """);
        write("app/routes/recipes.py", """
                from fastapi import APIRouter
                prefix = "/recipes"
                router = APIRouter()
                inner = APIRouter()

                @inner.get("/{slug}")
                def recipe(slug: str): ...

                router.include_router(inner, prefix=prefix)
                """);
        write("app/main.py", """
                from fastapi import FastAPI
                from app.routes import router
                app = FastAPI()
                app.include_router(router)
                """);

        assertThat(detect().endpoints())
                .extracting(Endpoint::key)
                .containsExactly("GET /api/admin/about", "GET /api/recipes/{slug}");
    }

    @Test
    void pydantic_literals_in_a_union_of_enum_members_booleans_and_none_are_samples_not_a_failed_detection()
            throws IOException {
        write("svc/main.py", """
                from enum import Enum
                from typing import Literal
                from fastapi import FastAPI
                from pydantic import BaseModel
                app = FastAPI()

                class Kind(str, Enum):
                    incoming = "incoming"

                class Filter(BaseModel):
                    kind: Literal[Kind.incoming]
                    pending: Literal[True]
                    since: Literal[None] = None
                    limit: Literal[1_000]
                    source: Literal["owner_data", "client_data"] | None = None

                @app.post("/payments/filter")
                def filter_payments(body: Filter): ...
                """);

        DetectionResult result = detect();

        assertThat(result.warnings()).isEmpty();
        assertThat(result.endpoints()).extracting(Endpoint::key).containsExactly("POST /payments/filter");
        assertThat(String.valueOf(result.endpoints().get(0).requestBody().sample()))
                .isEqualTo(
                        "{\"kind\":\"incoming\",\"pending\":true,\"since\":null,\"limit\":1000,\"source\":\"owner_data\"}");
    }

    // ---- Express

    @Test
    void express_routers_through_object_members_re_exports_and_a_required_directory() throws IOException {
        write("src/app.js", """
                const express = require('express')
                const routes = require('./routes')
                const app = express()
                app.use('/api', routes.api)
                app.use('/admin', routes.admin)
                app.use('/auth', require('./auth'))
                module.exports = app
                """);
        write("src/routes/index.js", """
                const apiRouter = require('./api')
                const { adminRouter } = require('./admin')
                module.exports = { api: apiRouter, admin: adminRouter }
                """);
        write("src/routes/api/index.js", """
                const express = require('express')
                const router = express.Router()
                router.use('/users', require('./users'))
                module.exports = router
                """);
        write("src/routes/api/users.js", """
                const { Router } = require('express')
                const router = Router()
                router.get('/:id', (req, res) => res.json({}))
                module.exports = router
                """);
        write("src/routes/admin.js", """
                const express = require('express')
                const adminRouter = express.Router()
                adminRouter.delete('/cache', (req, res) => res.send('ok'))
                exports.adminRouter = adminRouter
                """);
        write("src/auth/index.js", """
                const Router = require('express').Router
                const authRouter = module.exports = Router()
                authRouter.post('/login', (req, res) => res.send('ok'))
                """);

        assertThat(detect().endpoints())
                .extracting(Endpoint::key)
                .containsExactly("DELETE /admin/cache", "GET /api/users/{id}", "POST /auth/login");
    }

    @Test
    void express_routers_re_exported_from_an_index_barrel_without_express_in_it() throws IOException {
        write("src/server.ts", """
                import express from 'express'
                import * as routes from './routes'
                const app = express()
                app.use('/v1', routes.orders)
                export default app
                """);
        write("src/routes/index.ts", "export { default as orders } from './orders'\n");
        write("src/routes/orders.ts", """
                import { Router } from 'express'
                const router = Router()
                router.put('/orders/:id', (req, res) => res.json({}))
                export default router
                """);
        write("src/static/js/chart.js", "app.get('/not/a/route', function () {})\n");

        assertThat(detect().endpoints()).extracting(Endpoint::key).containsExactly("PUT /v1/orders/{id}");
    }

    // ---- Flask

    @Test
    void flask_blueprints_registered_in_an_app_factory_with_prefixes_from_config_and_a_route_helper()
            throws IOException {
        write("forum/configs/default.py", """
                class DefaultConfig(object):
                    FORUM_URL_PREFIX = ""
                    USER_URL_PREFIX = "/user"
                """);
        write("forum/utils/helpers.py", """
                def register_view(bp_or_app, routes, view_func, *args, **kwargs):
                    for route in routes:
                        bp_or_app.add_url_rule(route, view_func=view_func, *args, **kwargs)
                """);
        write("forum/user/views.py", """
                from flask import Blueprint, Flask
                from flask.views import MethodView
                from forum.utils.helpers import register_view

                class BaseProfile(MethodView):
                    def get(self, username): ...

                class UserProfile(BaseProfile):
                    def post(self, username): ...

                def load_blueprints(app: Flask):
                    user = Blueprint("user", __name__)
                    register_view(user, routes=["/<username>"], view_func=UserProfile.as_view("profile"))
                    user.add_url_rule("/settings", view_func=BaseProfile.as_view("settings"))
                    app.register_blueprint(user, url_prefix=app.config["USER_URL_PREFIX"])
                """);
        write("forum/app.py", """
                from flask import Flask
                def create_app():
                    app = Flask("forum")
                    return app
                """);

        assertThat(detect().endpoints())
                .extracting(Endpoint::key)
                .containsExactly("GET /user/settings", "GET /user/{username}", "POST /user/{username}");
    }

    @Test
    void flask_blueprints_built_by_factory_functions_and_routes_added_by_functions_given_the_blueprint()
            throws IOException {
        write("cd/flask_app.py", """
                from flask import Flask
                app = Flask(__name__)

                def changedetection_app(datastore):
                    import cd.blueprint.tags as tags
                    app.register_blueprint(tags.construct_blueprint(datastore), url_prefix='/tags')
                    from cd.blueprint.rss import construct_blueprint as construct_rss_blueprint
                    app.register_blueprint(construct_rss_blueprint(datastore), url_prefix='/rss')
                    return app
                """);
        write("cd/blueprint/tags/__init__.py", """
                from flask import Blueprint

                def construct_blueprint(datastore):
                    tags_blueprint = Blueprint('tags', __name__)

                    @tags_blueprint.route("/list", methods=['GET'])
                    def tags_overview_page(): ...

                    from cd.blueprint.tags.edit import construct_edit_blueprint
                    edit = construct_edit_blueprint(datastore)
                    tags_blueprint.register_blueprint(edit, url_prefix='/edit')
                    return tags_blueprint
                """);
        write("cd/blueprint/tags/edit.py", """
                from flask import Blueprint

                def construct_edit_blueprint(datastore):
                    edit_blueprint = Blueprint('tags_edit', __name__)

                    @edit_blueprint.route("/<string:uuid>", methods=['GET', 'POST'])
                    def form_tag_edit(uuid): ...

                    return edit_blueprint
                """);
        write("cd/blueprint/rss/__init__.py", """
                from flask import Blueprint
                from cd.blueprint.rss import main_feed

                def construct_blueprint(datastore):
                    rss_blueprint = Blueprint('rss', __name__)
                    main_feed.construct_main_feed_routes(rss_blueprint, datastore)
                    return rss_blueprint
                """);
        write("cd/blueprint/rss/main_feed.py", """
                def construct_main_feed_routes(rss_blueprint, datastore):
                    @rss_blueprint.route("/watch/<uuid_str:uuid>", methods=['GET'])
                    def rss_single_watch(uuid): ...
                """);

        assertThat(detect().endpoints())
                .extracting(Endpoint::key)
                .containsExactly(
                        "GET /rss/watch/{uuid}", "GET /tags/edit/{uuid}", "POST /tags/edit/{uuid}", "GET /tags/list");
    }

    @Test
    void flask_restx_namespaces_and_an_api_subclass_on_a_wrapped_blueprint() throws IOException {
        write("ctf/api/__init__.py", """
                from flask import Blueprint
                from flask_restx import Api
                from ctf.api.users import users_namespace
                api = Blueprint("api", __name__, url_prefix="/api/v1")
                CTF_API = Api(api, version="v1")
                CTF_API.add_namespace(users_namespace, "/users")
                """);
        write("ctf/api/users.py", """
                from flask_restx import Namespace, Resource
                users_namespace = Namespace("users", description="Endpoint to retrieve Users")

                @users_namespace.route("")
                class UserList(Resource):
                    def get(self): ...
                    def post(self): ...

                @users_namespace.route("/<int:user_id>")
                @users_namespace.param("user_id", "User ID")
                class UserPublic(Resource):
                    def get(self, user_id): ...
                """);
        write("dash/handlers/api.py", """
                from flask_restful import Api, Resource

                def org_scoped_rule(rule):
                    if False:
                        return "/<org_slug>{}".format(rule)
                    return rule

                class ApiExt(Api):
                    def add_org_resource(self, resource, *urls, **kwargs):
                        urls = [org_scoped_rule(url) for url in urls]
                        return self.add_resource(resource, *urls, **kwargs)

                api = ApiExt()

                class AlertResource(Resource):
                    def get(self, alert_id): ...

                api.add_org_resource(AlertResource, "/api/alerts/<alert_id>", endpoint="alert")
                """);
        write("dash/handlers/static.py", """
                from flask import Blueprint
                from dash.handlers.api import org_scoped_rule
                routes = Blueprint("redash", __name__)

                @routes.route(org_scoped_rule("/login"), methods=["GET", "POST"])
                def login(): ...
                """);

        assertThat(detect().endpoints())
                .extracting(Endpoint::key)
                .containsExactly(
                        "GET /api/alerts/{alert_id}",
                        "GET /api/v1/users",
                        "POST /api/v1/users",
                        "GET /api/v1/users/{user_id}",
                        "GET /login",
                        "POST /login");
    }

    @Test
    void werkzeug_converters_with_digits_or_arguments_and_paths_split_over_adjacent_literals() throws IOException {
        write("mw/app.py", """
                from flask import Flask, Blueprint
                from flask_restful import Api, Resource
                app = Flask(__name__)

                class CommentDeleteResource(Resource):
                    def delete(self, type, identifier, comment_id): ...

                class Service:
                    def __init__(self, app):
                        self.blueprint = Blueprint("api", __name__, url_prefix="/api")

                    def add_resource(self, resource, *urls):
                        for url in urls:
                            self.blueprint.add_url_rule(rule=url, view_func=resource.as_view(resource.__name__))

                api = Service(app)
                api.add_resource(
                    CommentDeleteResource,
                    "/<any(file, config, blob):type>/"
                    "<hash64:identifier>/comment/<int:comment_id>",
                )
                """);

        assertThat(detect().endpoints())
                .extracting(Endpoint::key)
                .containsExactly("DELETE /api/{type}/{identifier}/comment/{comment_id}");
    }

    // ---- Javalin

    @Test
    void javalin_routes_registered_through_a_helper_method_taking_the_path() throws IOException {
        write("src/main/java/emu/http/Router.java", """
                package emu.http;
                import io.javalin.Javalin;
                import io.javalin.http.Handler;
                public interface Router {
                    void applyRoutes(Javalin javalin);
                    default Javalin allRoutes(Javalin javalin, String path, Handler ctx) {
                        javalin.get(path, ctx);
                        javalin.post(path, ctx);
                        return javalin;
                    }
                }
                """);
        write("src/main/java/emu/http/LogHandler.java", """
                package emu.http;
                import io.javalin.Javalin;
                public final class LogHandler implements Router {
                    @Override public void applyRoutes(Javalin javalin) {
                        this.allRoutes(javalin, "/sdk/upload", ctx -> ctx.result("{}"));
                        javalin.post("/log", ctx -> ctx.result("ok"));
                    }
                }
                """);

        assertThat(detect().endpoints())
                .extracting(Endpoint::key)
                .containsExactly("POST /log", "GET /sdk/upload", "POST /sdk/upload");
    }

    // ---- what was not understood, and large or odd trees

    @Test
    void route_like_code_that_is_not_understood_is_named_by_file_and_line() throws IOException {
        write("src/routes.js", """
                const express = require('express')
                const app = express()
                const PATHS = require('./paths')
                app.get(PATHS.users, (req, res) => res.json([]))
                app.get('/ok', (req, res) => res.send('ok'))
                """);
        write("src/main/java/app/DynamicController.java", """
                package app;
                import org.springframework.web.bind.annotation.*;
                @RestController
                public class DynamicController {
                    @GetMapping(Paths.base() + "/x") public Object x() { return null; }
                    @GetMapping("/y") public Object y() { return null; }
                }
                """);

        DetectionResult result = detect();

        assertThat(result.endpoints()).extracting(Endpoint::key).containsExactly("GET /ok", "GET /y");
        assertThat(result.notUnderstood())
                .containsExactlyInAnyOrder(
                        "src/routes.js:4: route not understood (express): the path of app.get(...) is not a string "
                                + "literal; check it, or give --openapi",
                        "src/main/java/app/DynamicController.java:5: route not understood (spring): the mapping "
                                + "Paths.base() + \"/x\" is not a "
                                + "constant; check it, or give --openapi");
    }

    @Test
    void generated_protobuf_sources_are_skipped_and_counted_in_one_warning() throws IOException {
        for (int i = 0; i < 30; i++) {
            write("src/generated/main/java/proto/Msg" + i + "OuterClass.java", """
                    // Generated by the protocol buffer compiler.  DO NOT EDIT!
                    package proto;
                    public final class Msg%dOuterClass { }
                    """.formatted(i));
        }
        write("src/main/java/app/Http.java", """
                package app;
                import io.javalin.Javalin;
                class Http { void start(Javalin app) { app.get("/status", ctx -> ctx.result("ok")); } }
                """);

        DetectionResult result = detect();

        assertThat(result.endpoints()).extracting(Endpoint::key).containsExactly("GET /status");
        assertThat(result.warnings())
                .containsExactly("30 generated files skipped (protocol buffer / gRPC output, minified bundles, or "
                        + "marked generated without routes), e.g. src/generated/main/java/proto/Msg0OuterClass.java");
    }

    @Test
    void java_21_and_newer_syntax_parses() throws IOException {
        write("src/main/java/app/Shapes.java", """
                package app;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class Shapes {
                    sealed interface Shape permits Circle, Square {}
                    record Circle(double r) implements Shape {}
                    record Square(double side) implements Shape {}
                    @GetMapping("/area") double area(Shape shape) {
                        return switch (shape) {
                            case Circle c -> Math.PI * c.r() * c.r();
                            case Square(double side) -> side * side;
                        };
                    }
                    @GetMapping("/ignored") int ignored() { try { return 1; } catch (RuntimeException _) { return 0; } }
                }
                """);

        DetectionResult result = detect();

        assertThat(result.warnings()).isEmpty();
        assertThat(result.endpoints()).extracting(Endpoint::key).containsExactly("GET /area", "GET /ignored");
    }

    @Test
    void a_parse_failure_a_huge_file_and_a_binary_file_named_java_are_warnings_naming_them() throws IOException {
        write("src/main/java/app/Broken.java", "package app; class Broken { void x( { }\n");
        write("src/main/java/app/Huge.java", "package app; class Huge {\n" + "  int f;\n".repeat(300_000) + "}\n");
        Files.createDirectories(root.resolve("src/main/java/app"));
        Files.write(
                root.resolve("src/main/java/app/Binary.java"),
                new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0, 0, 61, 0, 1, 2});
        write("src/main/java/app/Ok.java", """
                package app;
                import org.springframework.web.bind.annotation.*;
                @RestController class Ok { @GetMapping("/ok") String ok() { return "ok"; } }
                """);

        DetectionResult result = detect();

        assertThat(result.endpoints()).extracting(Endpoint::key).containsExactly("GET /ok");
        assertThat(result.warnings())
                .anySatisfy(w -> assertThat(w).startsWith("src/main/java/app/Broken.java: skipped, does not parse"));
        assertThat(result.warnings())
                .anySatisfy(w -> assertThat(w)
                        .startsWith("src/main/java/app/Huge.java: skipped")
                        .contains("kB"));
        assertThat(result.warnings()).contains("src/main/java/app/Binary.java: skipped, binary content");
    }
}
