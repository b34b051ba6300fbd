package org.ndvec.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;

/** Loading the files NumPy wrote: values, dtypes, shapes and layouts are NumPy's, from the manifest. */
class NpyLoadTest {

    static List<NpyFixtures.Ok> ok() {
        return NpyFixtures.ok();
    }

    static List<NpyFixtures.Err> err() {
        return NpyFixtures.err();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void loadsWhatNumpyWrote(NpyFixtures.Ok f) throws IOException {
        NDArray a = Npy.load(f.path());
        assertEquals(f.dtype(), a.dtype());
        assertArrayEquals(f.shape(), a.shape());
        assertArrayEquals(f.bits(), NpyFixtures.bitsOf(a));
        int[] strides = Internals.access().strides(a);
        if (f.fortran()) {
            // Fortran files load as Fortran-strided views of the data, as np.load returns them.
            assertTrue(Shapes.isFContiguous(a.shape(), strides));
            assertFalse(a.isContiguous());
        } else {
            assertTrue(a.isContiguous());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void readsFromAStreamAndStopsAfterTheData(NpyFixtures.Ok f) throws IOException {
        byte[] file = Files.readAllBytes(f.path());
        byte[] withTail = new byte[file.length + 1];
        System.arraycopy(file, 0, withTail, 0, file.length);
        withTail[file.length] = 42;
        InputStream in = new ByteArrayInputStream(withTail);
        NDArray a = Npy.read(in);
        assertEquals(f.dtype(), a.dtype());
        assertArrayEquals(f.shape(), a.shape());
        assertArrayEquals(f.bits(), NpyFixtures.bitsOf(a));
        assertEquals(42, in.read());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("err")
    void refusesCorruptAndUnsupportedFiles(NpyFixtures.Err f) throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Npy.load(f.path()));
        assertTrue(e.getMessage().contains(f.text()), e.getMessage());
        assertTrue(e.getMessage().startsWith("Npy: "), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("err")
    void refusesTheSameFromAStream(NpyFixtures.Err f) throws IOException {
        byte[] file = Files.readAllBytes(f.path());
        if (f.file().equals("bad_trailing.npy")) {
            // A stream may hold more after the array (that is how arrays follow each other).
            NDArray a = Npy.read(new ByteArrayInputStream(file));
            assertArrayEquals(new int[] {3, 4}, a.shape());
            return;
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Npy.read(new ByteArrayInputStream(file)));
        assertTrue(e.getMessage().contains(f.text().replace("file has", "stream has")), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void boolBytesOtherThanOneAreTrueAndStoredAsOne() throws IOException {
        NDArray a = Npy.load(NpyFixtures.dir().resolve("hdr_bool_lt.npy"));
        // the file holds the bytes 0x00 0x05; NumPy reads [False, True]
        assertArrayEquals(new byte[] {0, 1}, (byte[]) Internals.access().data(a));
    }

    @org.junit.jupiter.api.Test
    void fortranFileIsAViewOverOneBuffer() throws IOException {
        NDArray a = Npy.load(NpyFixtures.dir().resolve("i4_fortran_3d.npy"));
        assertArrayEquals(new int[] {1, 2, 6}, Internals.access().strides(a));
        assertEquals(24, ((int[]) Internals.access().data(a)).length);
        org.junit.jupiter.api.Assertions.assertNotNull(a.base());
        assertEquals(14, a.getInt(1, 0, 2)); // np.arange(24).reshape(2,3,4)[1,0,2]
    }
}
