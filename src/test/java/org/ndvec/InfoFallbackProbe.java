package org.ndvec;

/**
 * Run by {@link NdInfoTest} in a child JVM started without {@code --add-modules
 * jdk.incubator.vector}: the main thread touches nothing of ndvec; a thread named like a Spark
 * task's says on stderr that it starts, uses ndvec for the first time, then prints
 * {@code Nd.info()}'s verdict. The default {@code System.Logger} backend (java.util.logging's
 * console handler) writes to the same stderr, so the notice must appear between the two lines.
 */
final class InfoFallbackProbe {
    private InfoFallbackProbe() {
    }

    public static void main(String[] args) throws Exception {
        Thread task = new Thread(() -> {
            System.err.println("TASK START " + Thread.currentThread().getName());
            String sum = Double.toString(Nd.ones(3).sum().itemDouble());
            NdInfo info = Nd.info();
            System.err.println("TASK INFO " + sum + "|" + info.kernels() + "|" + info.scalarReason());
        }, "Executor task launch worker for task 0.0");
        task.start();
        task.join();
    }
}
