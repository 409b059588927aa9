package vg.app;

import java.util.Map;

/** {@code VG_LOG}: how vg prints what it logs. Chosen before anything logs, since logback configures itself once. */
public enum LogFormat {
    TEXT("logback.xml"), JSON("logback-json.xml");

    private final String configuration;

    LogFormat(String configuration) {
        this.configuration = configuration;
    }

    public static LogFormat fromEnvironment(Map<String, String> env) {
        String value = env.getOrDefault("VG_LOG", "").strip().toLowerCase();
        return switch (value) {
            case "", "text" -> TEXT;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException("VG_LOG must be text or json, not '" + value + "'");
        };
    }

    /** Points logback at this format's configuration; must run before the first logger is made. */
    public void apply() {
        System.setProperty("logback.configurationFile", configuration);
    }
}
