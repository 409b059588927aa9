package vg.web;

/** A feature's HTTP surface: each feature package declares and describes its own routes, the composition root collects them. */
public interface Routes {
    void register(ApiRoutes routes);
}
