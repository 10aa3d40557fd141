package dev.marquee.serde;

import dev.marquee.mentions.LatestArticles;
import dev.marquee.mentions.LatestArticles.ArticleRef;
import dev.marquee.tag.EntityType;
import dev.marquee.trending.EntityCount;
import org.apache.kafka.common.errors.SerializationException;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The byte format of the views' state, the latest articles per entity and the trending panes: a version byte, then
 * the fields in a fixed order, each string as its UTF-8 length and bytes (-1 for null). The views read such a value
 * and write it back for every entity mention, about 28 per article, and as JSON that was a third of their stream
 * thread's CPU (docs/performance.md, twelfth round). The stores and their changelogs are the app's own, so no reader
 * outside it depends on this format. A value whose first byte is a left brace is JSON, as versions before this one
 * wrote, and still reads.
 */
final class StateFormat {

    static final byte VERSION = 1;
    private static final byte JSON_START = '{';

    private StateFormat() {
    }

    static boolean isJson(byte[] bytes) {
        return bytes.length > 0 && bytes[0] == JSON_START;
    }

    static byte[] write(LatestArticles value) {
        Writer out = new Writer(64 + 96 * value.articles().size());
        out.string(value.entityKey());
        out.string(value.entityId());
        out.type(value.entityType());
        out.string(value.entityName());
        out.integer(value.articles().size());
        for (ArticleRef article : value.articles()) {
            out.string(article.articleId());
            out.string(article.title());
            out.string(article.publishedAt());
            out.integer(article.mentionCount());
            out.decimal(article.salience());
        }
        return out.bytes();
    }

    static LatestArticles readLatestArticles(byte[] bytes) {
        return read(bytes, "latest articles", in -> {
            String entityKey = in.string();
            String entityId = in.string();
            EntityType entityType = in.type();
            String entityName = in.string();
            int count = in.count();
            List<ArticleRef> articles = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                articles.add(new ArticleRef(in.string(), in.string(), in.string(), in.integer(), in.decimal()));
            }
            return new LatestArticles(entityKey, entityId, entityType, entityName, articles);
        });
    }

    static byte[] write(EntityCount value) {
        Writer out = new Writer(64);
        out.string(value.entityKey());
        out.type(value.entityType());
        out.string(value.entityName());
        out.integer(value.articles());
        return out.bytes();
    }

    static EntityCount readEntityCount(byte[] bytes) {
        return read(bytes, "trending count", in -> new EntityCount(in.string(), in.type(), in.string(), in.integer()));
    }

    /** Reads one value's fields, which must be all of its bytes; anything unreadable is a SerializationException naming {@code what}. */
    private static <T> T read(byte[] bytes, String what, Function<Reader, T> fields) {
        Reader in = new Reader(bytes, what);
        try {
            T value = fields.apply(in);
            in.end();
            return value;
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw in.unreadable(e);
        }
    }

    private static final class Writer {
        private byte[] buffer;
        private int size;

        Writer(int expectedSize) {
            buffer = new byte[expectedSize];
            buffer[size++] = VERSION;
        }

        void string(String value) {
            if (value == null) {
                integer(-1);
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            integer(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, buffer, size, utf8.length);
            size += utf8.length;
        }

        void type(EntityType type) {
            string(type == null ? null : type.name());
        }

        void integer(int value) {
            room(Integer.BYTES);
            for (int shift = 24; shift >= 0; shift -= 8) {
                buffer[size++] = (byte) (value >>> shift);
            }
        }

        void decimal(double value) {
            long bits = Double.doubleToLongBits(value);
            integer((int) (bits >>> 32));
            integer((int) bits);
        }

        private void room(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }

        byte[] bytes() {
            return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
        }
    }

    private static final class Reader {
        private final ByteBuffer in;
        private final String what;

        Reader(byte[] bytes, String what) {
            this.in = ByteBuffer.wrap(bytes);
            this.what = what;
            byte version = bytes.length == 0 ? 0 : in.get();
            if (version != VERSION) {
                throw new SerializationException("Unreadable " + what + " state: format version " + version + ", this version of "
                        + "Marquee reads " + VERSION + " and JSON");
            }
        }

        String string() {
            int length = in.getInt();
            if (length == -1) {
                return null;
            }
            if (length < 0 || length > in.remaining()) {
                throw new IllegalArgumentException("a string of " + length + " bytes with " + in.remaining() + " left");
            }
            String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            return value;
        }

        EntityType type() {
            String name = string();
            return name == null ? null : EntityType.valueOf(name);
        }

        int integer() {
            return in.getInt();
        }

        int count() {
            int count = in.getInt();
            if (count < 0 || count > in.remaining()) {
                throw new IllegalArgumentException("a list of " + count + " entries with " + in.remaining() + " bytes left");
            }
            return count;
        }

        double decimal() {
            return in.getDouble();
        }

        void end() {
            if (in.hasRemaining()) {
                throw new IllegalArgumentException(in.remaining() + " bytes after the last field");
            }
        }

        SerializationException unreadable(RuntimeException cause) {
            String reason = cause instanceof BufferUnderflowException ? "it ends before its last field" : cause.getMessage();
            return new SerializationException("Unreadable " + what + " state: " + reason, cause);
        }
    }
}
