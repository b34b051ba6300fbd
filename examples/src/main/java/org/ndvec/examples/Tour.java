package org.ndvec.examples;

import org.ndvec.Nd;
import org.ndvec.NDArray;

/** The seed tour: every cell of the two tutorials in shared/seeds, in Java. */
public final class Tour {
    private Tour() {
    }

    public static void main(String[] args) {
        NDArray a = Nd.arange(12).reshape(3, 4);
        System.out.println(a);
        System.out.println(a.get("1:, ::-1"));
    }
}
