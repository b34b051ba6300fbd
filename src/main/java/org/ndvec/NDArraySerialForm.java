package org.ndvec;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamField;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;
import org.ndvec.storage.Strings;

/**
 * What an {@link NDArray} becomes in a Java serialization stream (the serialization-proxy
 * pattern): the array's contents in C order as one primitive array, its dtype, its shape and
 * whether it is read-only. Strides, offset and base are not written: a view serializes as its
 * contents and comes back as a C-contiguous owner, as {@code pickle.loads(pickle.dumps(view))}
 * does in NumPy, so a slice of a large array costs only its own elements.
 *
 * <p>Stream layout, written by {@link #writeObject} after the (field-less) class descriptor:
 * <pre>
 *   byte    version        1; a reader refuses any other
 *   UTF     dtype          NumPy's descr: "&lt;f4", "&lt;f8", "&lt;i4", "&lt;i8", "|b1" or "&lt;U{width}"
 *   byte    flags          bit 0: read-only
 *   byte    ndim           0..64
 *   int[ndim] shape
 *   int     count          number of elements, the product of the shape
 *   data    count elements in C order: big-endian raw bits (4 or 8 bytes each; 1 byte, 0 or 1, for
 *           bool), or for strings one String[] object
 * </pre>
 * Numbers are written as raw bits in bulk, not through {@code ObjectOutputStream.writeObject} of
 * the primitive array, whose {@code writeFloats}/{@code writeDoubles} canonicalize NaN payloads
 * ({@code floatToIntBits}); NumPy's pickle keeps every bit, and so does this form. A float32 array
 * of n elements takes 4n bytes, plus a header of under a hundred bytes and the stream's own
 * 5-byte mark per KiB of block data, 0.5% (checked in {@code NDArraySerializationTest}). Everything read is checked before an array is built; a
 * stream that breaks an invariant gets an {@link InvalidObjectException} naming what is wrong.
 */
final class NDArraySerialForm implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Version of the layout above; bump it (and keep reading the old one) when it changes. */
    static final byte VERSION = 1;
    private static final int READ_ONLY = 1;
    private static final int MAX_NDIM = 64;

    /** Nothing is serialized field by field: {@link #writeObject} writes the layout above. */
    @Serial
    private static final ObjectStreamField[] serialPersistentFields = {};

    private transient String descr;
    private transient boolean readOnly;
    private transient int[] shape;
    private transient Object data;

    private NDArraySerialForm(String descr, boolean readOnly, int[] shape, Object data) {
        this.descr = descr;
        this.readOnly = readOnly;
        this.shape = shape;
        this.data = data;
    }

    /** The serial form of {@code a}: its storage when it owns exactly its elements in C order, else a C-order copy. */
    static NDArraySerialForm of(NDArray a, Object contents) {
        String descr = a.dtype() == DType.STRING ? a.dtypeDescr() : a.dtype().descr(); // "<U9" or "<f4"
        return new NDArraySerialForm(descr, !a.isWriteable(), a.shape(), contents);
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeByte(VERSION);
        out.writeUTF(descr);
        out.writeByte(readOnly ? READ_ONLY : 0);
        out.writeByte(shape.length);
        for (int d : shape) {
            out.writeInt(d);
        }
        out.writeInt(Buffers.length(data));
        if (data instanceof String[] strings) {
            out.writeObject(strings);
        } else {
            RawElements.write(out, data);
        }
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        byte version = in.readByte();
        if (version != VERSION) {
            throw new InvalidObjectException("NDArray serial form version " + version
                    + " is not supported (this ndvec reads version " + VERSION + ")");
        }
        descr = in.readUTF();
        DType dtype = dtypeOf(descr);
        int flags = in.readByte();
        if ((flags & ~READ_ONLY) != 0) {
            throw new InvalidObjectException("NDArray serial form: unknown flags 0x" + Integer.toHexString(flags & 0xff));
        }
        readOnly = (flags & READ_ONLY) != 0;
        int ndim = in.readByte();
        if (ndim < 0 || ndim > MAX_NDIM) {
            throw new InvalidObjectException("NDArray serial form: ndim " + ndim + " is outside 0.." + MAX_NDIM);
        }
        shape = new int[ndim];
        for (int k = 0; k < ndim; k++) {
            shape[k] = in.readInt();
        }
        int size = checkedSize(shape);
        int count = in.readInt();
        if (count != size) {
            throw new InvalidObjectException("NDArray serial form: shape " + Shapes.python(shape) + " needs "
                    + size + " elements, the stream holds " + count);
        }
        data = dtype == DType.STRING ? in.readObject() : RawElements.read(in, dtype, count);
    }

    /** Checks everything read and builds the array. */
    @Serial
    private Object readResolve() throws InvalidObjectException {
        DType dtype = dtypeOf(descr);
        int width = dtype == DType.STRING ? stringWidth(descr) : 0;
        if (dtype == DType.STRING) {
            // the only part read as an object, so the only one whose type a forged stream can change
            if (!(data instanceof String[] strings) || strings.length != checkedSize(shape)) {
                throw new InvalidObjectException("NDArray serial form: a " + descr + " array of shape "
                        + Shapes.python(shape) + " needs a String[] of " + checkedSize(shape) + " elements, the stream holds "
                        + (data instanceof String[] s ? "one of " + s.length : data == null ? "null" : data.getClass().getName()));
            }
            checkStrings(strings, width);
        } else if (data instanceof byte[] bools) {
            checkBools(bools);
        }
        return NDArray.restore(data, dtype, shape, width, !readOnly);
    }

    private static DType dtypeOf(String descr) throws InvalidObjectException {
        if (descr.startsWith("<U")) {
            return DType.STRING;
        }
        for (DType t : DType.values()) {
            if (t != DType.STRING && t.descr().equals(descr)) {
                return t;
            }
        }
        throw new InvalidObjectException("NDArray serial form: unknown dtype '" + descr + "'");
    }

    private static int stringWidth(String descr) throws InvalidObjectException {
        try {
            int width = Integer.parseInt(descr.substring(2));
            if (width >= 1) {
                return width;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidObjectException("NDArray serial form: bad string dtype '" + descr + "'");
    }

    private static int checkedSize(int[] shape) throws InvalidObjectException {
        long size = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new InvalidObjectException("NDArray serial form: negative dimension in shape "
                        + Arrays.toString(shape));
            }
            size *= d;
            if (size > Integer.MAX_VALUE) {
                throw new InvalidObjectException("NDArray serial form: shape " + Arrays.toString(shape)
                        + " has more elements than one Java array holds");
            }
        }
        return (int) size;
    }

    private static void checkBools(byte[] bools) throws InvalidObjectException {
        for (int i = 0; i < bools.length; i++) {
            if (bools[i] != 0 && bools[i] != 1) {
                throw new InvalidObjectException("NDArray serial form: bool element " + i + " is " + bools[i]
                        + ", not 0 or 1");
            }
        }
    }

    private static void checkStrings(String[] strings, int width) throws InvalidObjectException {
        for (int i = 0; i < strings.length; i++) {
            // a <U element is never null, at most width code points, without trailing NULs
            if (!Strings.stored(strings[i], width).equals(strings[i])) {
                throw new InvalidObjectException("NDArray serial form: string element " + i + " ("
                        + (strings[i] == null ? "null" : "'" + strings[i] + "'") + ") cannot be stored in a <U"
                        + width + " array");
            }
        }
    }
}
