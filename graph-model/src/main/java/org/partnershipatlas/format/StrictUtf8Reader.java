package org.partnershipatlas.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Reads UTF-8 and nothing else: the first byte that is not valid UTF-8 (a Latin-1 {@code é}, a UTF-16 byte-order
 * mark, a surrogate or an overlong form) stops reading with {@link NotUtf8Exception}, which names the line and the
 * byte offset, where {@link java.io.InputStreamReader} would quietly put U+FFFD in the data. A UTF-8 byte-order mark
 * at the very start (what Excel's "CSV UTF-8" writes) is skipped.
 */
final class StrictUtf8Reader extends Reader {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();
    /** Offset in the stream of {@code bytes}' first byte. */
    private long bytesBefore;
    /** The line the decoder has reached (1-based). */
    private long line = 1;
    private boolean endOfInput;
    private boolean started;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    /** The input was not UTF-8. */
    static final class NotUtf8Exception extends IOException {
        private final long line;
        private final long byteOffset;
        private final String found;

        NotUtf8Exception(long line, long byteOffset, String found) {
            super("not valid UTF-8 at line " + line + ", byte offset " + byteOffset + " (" + found + ")");
            this.line = line;
            this.byteOffset = byteOffset;
            this.found = found;
        }

        long line() {
            return line;
        }

        long byteOffset() {
            return byteOffset;
        }

        /** The bytes found, in words: {@code byte 0xE9}. */
        String found() {
            return found;
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!decodeMore()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes the next chunk into {@code chars}; {@code false} at the end of the input. */
    private boolean decodeMore() throws IOException {
        if (endOfInput && !bytes.hasRemaining()) {
            return false;
        }
        fill();
        if (!started) {
            started = true;
            skipBom();
        }
        chars.clear();
        int start = bytes.position();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
            countLines(chars.position());
            byte[] bad = new byte[Math.min(result.length(), bytes.remaining())];
            bytes.get(bytes.position(), bad);
            String found = (bad.length == 1 ? "byte 0x" : "bytes 0x") + HexFormat.of().withUpperCase().formatHex(bad);
            throw new NotUtf8Exception(line, bytesBefore + bytes.position(), found);
        }
        if (endOfInput && !bytes.hasRemaining()) {
            decoder.flush(chars);
        }
        countLines(chars.position());
        chars.flip();
        return chars.hasRemaining() || !(endOfInput && !bytes.hasRemaining()) || start != bytes.position();
    }

    /** Tops up {@code bytes} from the stream (at least three bytes at the start, to see a byte-order mark). */
    private void fill() throws IOException {
        bytesBefore += bytes.position();
        bytes.compact();
        // At least one byte more than the decoder left over (an incomplete sequence), or the three of a BOM.
        int wanted = started ? bytes.position() + 1 : BOM.length;
        while (!endOfInput && bytes.position() < wanted && bytes.hasRemaining()) {
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        }
        bytes.flip();
    }

    private void skipBom() {
        if (bytes.remaining() >= BOM.length && bytes.get(0) == BOM[0] && bytes.get(1) == BOM[1] && bytes.get(2) == BOM[2]) {
            bytes.position(BOM.length);
        }
    }

    private void countLines(int decoded) {
        for (int i = 0; i < decoded; i++) {
            if (chars.get(i) == '\n') {
                line++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
