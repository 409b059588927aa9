package vg.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import org.eclipse.jetty.server.Server;

/** Jetty's thread pool and connections, bound once the server has its connectors. */
public final class JettyMetrics {
    private JettyMetrics() {
    }

    public static void bind(Server server, MeterRegistry registry) {
        new JettyServerThreadPoolMetrics(server.getThreadPool(), Tags.empty()).bindTo(registry);
        JettyConnectionMetrics.addToAllConnectors(server, registry);
    }
}
