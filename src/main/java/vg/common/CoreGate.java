package vg.common;

import java.util.function.BooleanSupplier;

/**
 * Lets at most {@code cores} pieces of CPU-bound work run at once, one fewer while {@code keepOneFree} says a core is
 * wanted elsewhere (at least one always runs); the others wait their turn, first come first served.
 */
final class CoreGate {
    /** How often a waiter looks again whether the kept core has been given back. */
    private static final long RECHECK_MILLIS = 50;

    private final int cores;
    private final BooleanSupplier keepOneFree;
    private long nextTicket;
    private long serving;
    private int running;

    CoreGate(int cores, BooleanSupplier keepOneFree) {
        if (cores < 1) throw new IllegalArgumentException("at least one core: " + cores);
        this.cores = cores;
        this.keepOneFree = keepOneFree;
    }

    synchronized void enter() {
        long ticket = nextTicket++;
        boolean interrupted = false;
        while (ticket != serving || running >= limit()) {
            try {
                wait(RECHECK_MILLIS);
            } catch (InterruptedException e) {
                interrupted = true; // the work is short; finish it and keep the flag for the caller
            }
        }
        serving++;
        running++;
        notifyAll(); // the next ticket may be able to go too
        if (interrupted) Thread.currentThread().interrupt();
    }

    synchronized void leave() {
        running--;
        notifyAll();
    }

    private int limit() {
        return cores > 1 && keepOneFree.getAsBoolean() ? cores - 1 : cores;
    }
}
