package dev.marquee.query;

import java.util.LinkedHashMap;
import java.util.Map;

/** A query's HTTP status and JSON body, before any HTTP: what the routes send and what tests assert on. */
public record Answer(int status, Object body) {

    public static Answer ok(Object body) {
        return new Answer(200, body);
    }

    /** Errors in the router's shape: {@code {"status":404,"error":"Not Found","message":"…"}}. */
    public static Answer error(int status, String error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("message", message);
        return new Answer(status, body);
    }

    public static Answer notFound(String message) {
        return error(404, "Not Found", message);
    }

    public static Answer badRequest(String message) {
        return error(400, "Bad Request", message);
    }

    /** State is migrating (rebalance, restore): the client should retry shortly. */
    public static Answer unavailable(String message) {
        return error(503, "Service Unavailable", message);
    }
}
