package vg.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A small real HTTP client for tests: bytes in and out, headers visible, JSON on demand. */
public final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client;
    private final String base;
    private final List<String> defaultHeaders = new ArrayList<>();

    public Http(int port) {
        this("http://localhost:" + port);
    }

    /** A client that sends these headers (name, value, …) with every request. */
    public Http(int port, String... headers) {
        this(port);
        defaultHeaders.addAll(List.of(headers));
    }

    /** The same client, keeping its cookies: what a browser does between requests. */
    public Http withCookies() {
        Http copy = new Http(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new java.net.CookieManager()).build());
        copy.defaultHeaders.addAll(defaultHeaders);
        return copy;
    }

    /** The cookies this client holds, as a Cookie header for another client. */
    public String cookieHeader() {
        var handler = client.cookieHandler().orElseThrow();
        return String.join("; ", ((java.net.CookieManager) handler).getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
    }

    private Http(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    public Http withBasicAuth(String user, String password) {
        Http copy = new Http(base);
        copy.defaultHeaders.addAll(defaultHeaders);
        copy.defaultHeaders.add("Authorization");
        copy.defaultHeaders.add("Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return copy;
    }

    private Http(String base) {
        this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    public static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public Response delete(String path, String... headers) {
        return send(request(path, headers).DELETE().build());
    }

    public Response postJson(String path, Object body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))).build());
    }

    public Response putJson(String path, Object body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(toJson(body))).build());
    }

    public Response postForm(String path, Map<String, String> fields, String... headers) {
        String body = String.join("&", fields.entrySet().stream().map(e -> q(e.getKey()) + "=" + q(e.getValue())).toList());
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Response post(String path, String... headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** A multipart/form-data POST with text fields and, when {@code fileName} is given, one file part named "file". */
    public Response postMultipart(String path, Map<String, String> fields, String fileName, byte[] file, String... headers) {
        String boundary = "----vg" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (var f : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            if (fileName != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(file);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path, headers).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A JSON POST over a socket bound to {@code localAddress} (e.g. 127.0.0.2), for checks that must not depend on the client's address. */
    public Response postJsonFrom(String localAddress, String path, String json) {
        java.net.URI uri = java.net.URI.create(base + path);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(localAddress, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", uri.getPort()), 5_000);
            socket.setSoTimeout(10_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(raw.substring(9, 12));
            String payload = raw.substring(raw.indexOf("\r\n\r\n") + 4);
            return new Response(status, Map.of(), payload.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends only a request's head, as curl does before a large upload ({@code Expect: 100-continue}), and returns the
     * server's first answer: the 100 that invites the body, or a refusal such as 413 before any byte of it is sent.
     */
    public Response headOnly(String method, String path, String... headerLines) {
        java.net.URI uri = java.net.URI.create(base + path);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n");
            for (int i = 0; i + 1 < defaultHeaders.size(); i += 2) head.append(defaultHeaders.get(i)).append(": ").append(defaultHeaders.get(i + 1)).append("\r\n");
            for (String line : headerLines) head.append(line).append("\r\n");
            head.append("\r\n");
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            int length = 0;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
                if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) length = Integer.parseInt(line.substring(15).strip());
            }
            char[] body = new char[length];
            int read = 0;
            while (read < length) {
                int n = in.read(body, read, length - read);
                if (n < 0) break;
                read += n;
            }
            return new Response(Integer.parseInt(status.split(" ")[1]), headers, new String(body, 0, read).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i + 1 < defaultHeaders.size(); i += 2) b.header(defaultHeaders.get(i), defaultHeaders.get(i + 1));
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return b;
    }

    private Response send(HttpRequest req) {
        try {
            HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String toJson(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, Map<String, List<String>> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (status " + status + "): " + text(), e);
            }
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        @Override
        public String toString() {
            String t = text();
            return status + " " + (t.length() > 500 ? t.substring(0, 500) : t);
        }
    }
}
