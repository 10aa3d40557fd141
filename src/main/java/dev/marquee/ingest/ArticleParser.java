package dev.marquee.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.serde.Json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * Turns the bytes of a raw-article record into an {@link Article} or a {@link ParseOutcome.Rejected} with a reason
 * a producer team can act on. Never throws: every input, however hostile, gets an outcome.
 *
 * <p>Contract ({@code topics/schemas/raw-article.schema.json}): a UTF-8 JSON object with string {@code id} and
 * {@code text}; optional strings {@code title}, {@code url}, {@code source}, {@code published_at} (ISO-8601
 * date-time, date, year-month or year) and {@code language}; other fields ignored. HTML in text and title is
 * reduced to plain text, which is the text every downstream offset refers to.
 */
public final class ArticleParser {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<Function<String, ?>> DATE_PARSERS = List.of(
            OffsetDateTime::parse, LocalDateTime::parse, LocalDate::parse, YearMonth::parse, Year::parse);

    private final int maxBytes;

    public ArticleParser(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ParseOutcome parse(byte[] value) {
        if (value == null) {
            return reject(RejectReason.NULL_VALUE, "record value is null");
        }
        if (value.length > maxBytes) {
            return reject(RejectReason.TOO_LARGE, "record is " + value.length + " bytes, limit is " + maxBytes);
        }
        String json;
        try {
            json = decodeStrictUtf8(value);
        } catch (CharacterCodingException e) {
            return reject(RejectReason.INVALID_UTF8, "value is not valid UTF-8");
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            return reject(RejectReason.INVALID_JSON, "JSON nested deeper than " + Json.MAX_NESTING_DEPTH + " levels");
        } catch (JsonProcessingException e) {
            return reject(RejectReason.INVALID_JSON, "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return reject(RejectReason.INVALID_JSON, "unreadable JSON: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            return reject(RejectReason.INVALID_JSON, "value is empty");
        }
        if (!root.isObject()) {
            return reject(RejectReason.NOT_AN_OBJECT, "expected a JSON object, got " + root.getNodeType().name().toLowerCase());
        }
        return toArticle(root);
    }

    private static ParseOutcome toArticle(JsonNode root) {
        Field id = requiredString(root, "id");
        if (id.rejection != null) {
            return id.rejection;
        }
        if (id.value.isBlank()) {
            return reject(RejectReason.MISSING_FIELD, "field 'id' is blank");
        }
        Field text = requiredString(root, "text");
        if (text.rejection != null) {
            return text.rejection;
        }
        Field title = optionalString(root, "title");
        Field url = optionalString(root, "url");
        Field source = optionalString(root, "source");
        Field publishedAt = optionalString(root, "published_at");
        Field language = optionalString(root, "language");
        for (Field f : new Field[]{title, url, source, publishedAt, language}) {
            if (f.rejection != null) {
                return f.rejection;
            }
        }
        if (publishedAt.value != null && !isIsoDate(publishedAt.value)) {
            return reject(RejectReason.INVALID_FIELD, "field 'published_at' is not an ISO-8601 date-time, date, year-month or year: '"
                    + abbreviate(publishedAt.value) + "'");
        }
        PlainText plain = PlainText.parse(text.value);
        String plainText = plain.text();
        if (plainText.isBlank()) {
            return reject(RejectReason.EMPTY_TEXT, "field 'text' has no content" + (text.value.isBlank() ? "" : " once HTML is removed"));
        }
        String plainTitle = title.value == null ? null : PlainText.of(title.value).strip();
        return new ParseOutcome.Valid(new Article(id.value, plainTitle, url.value, source.value, publishedAt.value, language.value,
                plainText, plain.emphasis()));
    }

    private static String decodeStrictUtf8(byte[] value) throws CharacterCodingException {
        int offset = startsWith(value, UTF8_BOM) ? UTF8_BOM.length : 0;
        CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(value, offset, value.length - offset));
        return chars.toString();
    }

    private static boolean startsWith(byte[] value, byte[] prefix) {
        if (value.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (value[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean isIsoDate(String s) {
        for (Function<String, ?> parser : DATE_PARSERS) {
            try {
                parser.apply(s);
                return true;
            } catch (DateTimeParseException ignored) {
                // try the next, less precise form
            }
        }
        return false;
    }

    private record Field(String value, ParseOutcome.Rejected rejection) {
    }

    private static Field requiredString(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return new Field(null, reject(RejectReason.MISSING_FIELD, "required field '" + name + "' is missing"));
        }
        if (!node.isTextual()) {
            return new Field(null, reject(RejectReason.WRONG_TYPE, "field '" + name + "' must be a string, got " + node.getNodeType().name().toLowerCase()));
        }
        return new Field(node.textValue(), null);
    }

    private static Field optionalString(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return new Field(null, null);
        }
        if (!node.isTextual()) {
            return new Field(null, reject(RejectReason.WRONG_TYPE, "field '" + name + "' must be a string or null, got " + node.getNodeType().name().toLowerCase()));
        }
        return new Field(node.textValue(), null);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static ParseOutcome.Rejected reject(RejectReason reason, String detail) {
        return new ParseOutcome.Rejected(reason, detail);
    }
}
