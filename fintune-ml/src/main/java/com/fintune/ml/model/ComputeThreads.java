package com.fintune.ml.model;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * ND4J's compute threads (OpenMP and BLAS). These are process-wide settings of the native runtime: the last model
 * loaded with an explicit thread count decides them for every model in the JVM.
 */
public final class ComputeThreads {
    private ComputeThreads() {
    }

    /** Sets the thread count; 0 or less keeps ND4J's default (all cores). */
    public static void set(int threads) {
        if (threads <= 0) {
            return;
        }
        Nd4j.getBackend(); // the native ops need the backend loaded first
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
    }

    /** The thread count ND4J's OpenMP regions currently use at most. */
    public static int current() {
        Nd4j.getBackend();
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }
}
