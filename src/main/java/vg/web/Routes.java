package vg.web;

import io.javalin.config.RoutesConfig;

/** A feature's HTTP surface: each feature package declares its own routes, the composition root collects them. */
public interface Routes {
    void register(RoutesConfig routes);
}
