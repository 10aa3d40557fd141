package dev.marquee.ingest;

/** Why a raw record was rejected; the dead-letter record carries it as {@code reason_code}. */
public enum RejectReason {
    NULL_VALUE,
    TOO_LARGE,
    INVALID_UTF8,
    INVALID_JSON,
    NOT_AN_OBJECT,
    MISSING_FIELD,
    WRONG_TYPE,
    INVALID_FIELD,
    EMPTY_TEXT,
    PROCESSING_ERROR
}
