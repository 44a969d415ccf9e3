package com.fintune.assessment.infrastructure;

/** The micro-batcher's queue is at its capacity: the request was refused without being queued. */
public class QueueFullException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QueueFullException(int capacity) {
        super("FinTune is already holding " + capacity + " requests for the model; try again in a moment");
    }
}
