package org.ndvec.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.ndvec.layout.Shapes;

/**
 * The header of a {@code .npy} file: magic, version, header length, and the dict naming the
 * descr, the memory order and the shape. Reading it is bounded (at most 10 + 10,000 bytes) and
 * allocates nothing in proportion to the data; writing it reproduces NumPy's bytes exactly.
 *
 * <p>The layout, as NumPy's {@code numpy/lib/_format_impl.py} writes it:
 * <pre>
 *   \x93NUMPY  major minor  header_len (u16 LE for 1.0, u32 LE for 2.0/3.0)
 *   {'descr': '&lt;f8', 'fortran_order': False, 'shape': (3, 4), }  + spaces + '\n'
 * </pre>
 * The dict is followed by {@code 21 - len(str(growth dim))} spaces (room to grow the first dim,
 * or the last in Fortran order, in place), then padded with spaces so that the whole header is a
 * multiple of 64 bytes, then a newline. Versions 1.0 and 2.0 encode the dict as latin-1, 3.0 as UTF-8.
 *
 * @param descr        the descr string as written in the file
 * @param type         what it means for ndvec
 * @param fortranOrder whether the data is in column-major order
 * @param shape        the dims, each {@code >= 0}
 */
record NpyHeader(String descr, Descr type, boolean fortranOrder, int[] shape) {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** NumPy's {@code ARRAY_ALIGN}: data starts at a multiple of 64 bytes, for mmap and SIMD. */
    private static final int ALIGN = 64;
    /** NumPy's {@code GROWTH_AXIS_MAX_DIGITS}: digits of the largest int64 plus a sign. */
    private static final int GROWTH_AXIS_MAX_DIGITS = 21;
    /** NumPy's {@code _MAX_HEADER_SIZE}: longer headers are refused before they are read. */
    static final int MAX_HEADER_SIZE = 10_000;

    /** Number of elements. */
    int count() {
        return Shapes.size(shape);
    }

    /** Bytes of data that must follow the header. */
    long dataBytes() {
        return (long) count() * type.itemsize();
    }

    /** {@code (3, 4) of <f8}, the phrase error messages use. */
    String describe() {
        return Shapes.python(shape) + " of " + descr;
    }

    // ---------------------------------------------------------------- writing

    /**
     * The complete header NumPy's {@code np.save} writes for a little-endian array of this
     * descr ({@code dtype.str}, e.g. {@code <f8} or {@code <U5}), order and shape: version 1.0
     * unless the header does not fit its u16 length.
     */
    static byte[] encode(String descr, boolean fortranOrder, int[] shape) {
        StringBuilder dict = new StringBuilder(128)
                .append("{'descr': '").append(descr)
                .append("', 'fortran_order': ").append(fortranOrder ? "True" : "False")
                .append(", 'shape': ").append(Shapes.python(shape)).append(", }");
        if (shape.length > 0) {
            int growth = shape[fortranOrder ? shape.length - 1 : 0];
            dict.repeat(' ', GROWTH_AXIS_MAX_DIGITS - Integer.toString(growth).length());
        }
        byte[] text = dict.toString().getBytes(StandardCharsets.ISO_8859_1);
        // With at most 64 int32 dims the dict stays under 1 KiB, so version 1.0 always fits;
        // the 2.0 branch keeps NumPy's rule should the shape model ever grow.
        int major = 1;
        int lengthBytes = 2;
        int total = padded(text.length, lengthBytes);
        if (total - MAGIC.length - 2 - lengthBytes > 0xFFFF) {
            major = 2;
            lengthBytes = 4;
            total = padded(text.length, lengthBytes);
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) major).put((byte) 0);
        int headerLen = total - MAGIC.length - 2 - lengthBytes;
        if (lengthBytes == 2) {
            b.putShort((short) headerLen);
        } else {
            b.putInt(headerLen);
        }
        b.put(text);
        while (b.remaining() > 1) {
            b.put((byte) ' ');
        }
        b.put((byte) '\n');
        return b.array();
    }

    /** Total header size: NumPy always pads by 1..64 bytes, including the final newline. */
    private static int padded(int dictLength, int lengthBytes) {
        int used = MAGIC.length + 2 + lengthBytes + dictLength + 1;
        return used + (ALIGN - used % ALIGN);
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads and validates a header, leaving {@code in} at the first data byte. Reads at most
     * {@code 10 + MAX_HEADER_SIZE} bytes whatever the file claims.
     *
     * @throws IllegalArgumentException for anything that is not a valid header ndvec can load
     */
    static NpyHeader read(InputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length + 2);
        for (int i = 0; i < Math.min(magic.length, MAGIC.length); i++) {
            if (magic[i] != MAGIC[i]) {
                throw new IllegalArgumentException("Npy: not a .npy file: the magic string is not correct; expected "
                        + Python.repr(MAGIC, MAGIC.length) + ", got " + Python.repr(magic, Math.min(magic.length, 6)));
            }
        }
        if (magic.length < MAGIC.length + 2) {
            throw new IllegalArgumentException("Npy: EOF: reading magic string, expected "
                    + (MAGIC.length + 2) + " bytes got " + magic.length);
        }
        int major = magic[6] & 0xff;
        int minor = magic[7] & 0xff;
        if (minor != 0 || major < 1 || major > 3) {
            throw new IllegalArgumentException("Npy: unsupported format version " + major + "." + minor
                    + " (ndvec reads 1.0, 2.0 and 3.0)");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        byte[] len = in.readNBytes(lengthBytes);
        if (len.length < lengthBytes) {
            throw new IllegalArgumentException("Npy: EOF: reading array header length, expected "
                    + lengthBytes + " bytes got " + len.length);
        }
        ByteBuffer lb = ByteBuffer.wrap(len).order(ByteOrder.LITTLE_ENDIAN);
        long headerLen = lengthBytes == 2 ? Short.toUnsignedLong(lb.getShort()) : Integer.toUnsignedLong(lb.getInt());
        if (headerLen > MAX_HEADER_SIZE) {
            throw new IllegalArgumentException("Npy: header length " + headerLen + " exceeds the limit of "
                    + MAX_HEADER_SIZE + " bytes (NumPy's max_header_size); refusing to read it");
        }
        byte[] text = in.readNBytes((int) headerLen);
        if (text.length < headerLen) {
            throw new IllegalArgumentException("Npy: EOF: reading array header, expected "
                    + headerLen + " bytes got " + text.length);
        }
        String dict = major == 3 ? utf8(text) : new String(text, StandardCharsets.ISO_8859_1);
        return HeaderParser.parse(dict, major < 3);
    }

    private static String utf8(byte[] text) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("Npy: version 3.0 header is not valid UTF-8", e);
        }
    }
}
