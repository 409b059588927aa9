package vg.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * vg's route table: registers each route with Javalin and keeps its {@link Endpoint description}, so that what is
 * served and what is documented come from the same statement.
 */
public final class ApiRoutes {
    private final RoutesConfig javalin;
    private final List<Endpoint> endpoints;
    private final String section;
    private final Access access;

    public ApiRoutes(RoutesConfig javalin) {
        this(javalin, new ArrayList<>(), "vg", Access.PUBLIC);
    }

    private ApiRoutes(RoutesConfig javalin, List<Endpoint> endpoints, String section, Access access) {
        this.javalin = javalin;
        this.endpoints = endpoints;
        this.section = section;
        this.access = access;
    }

    /** The same table, for routes of one section of the document that share who may call them. */
    public ApiRoutes section(String name, Access who) {
        return new ApiRoutes(javalin, endpoints, name, who);
    }

    /** A check run before every route under {@code path}; it is no route of its own. */
    public void before(String path, Handler handler) {
        javalin.before(path, handler);
    }

    public Endpoint get(String path, Handler handler) {
        javalin.get(path, handler);
        return add("GET", path);
    }

    public Endpoint post(String path, Handler handler) {
        javalin.post(path, handler);
        return add("POST", path);
    }

    public Endpoint put(String path, Handler handler) {
        javalin.put(path, handler);
        return add("PUT", path);
    }

    public Endpoint delete(String path, Handler handler) {
        javalin.delete(path, handler);
        return add("DELETE", path);
    }

    /** Every route registered so far, in order; the list grows as features register. */
    public List<Endpoint> endpoints() {
        return Collections.unmodifiableList(endpoints);
    }

    private Endpoint add(String method, String path) {
        Endpoint e = new Endpoint(method, path, section, access);
        endpoints.add(e);
        return e;
    }
}
